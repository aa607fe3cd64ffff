/**
 * Elements far below the viewport (when the content sources ask for it: the loader's) wait until
 * they come within about one viewport before loading and rendering their content; meanwhile
 * their fallback (or loading line) keeps their place. One observer serves every element.
 */
let approach: IntersectionObserver | undefined;
const waiting = new WeakMap<Element, () => void>();

/** Calls `onNear` once `element` comes near, and returns true; false (no call) when it is near already. */
export function waitUntilNear(element: Element, onNear: () => void): boolean {
  if (typeof IntersectionObserver === 'undefined') return false;
  const view = window.innerHeight || 800;
  const box = element.getBoundingClientRect();
  if (box.top < 2 * view && box.bottom > -view) return false;
  approach ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        approach?.unobserve(entry.target);
        const near = waiting.get(entry.target);
        waiting.delete(entry.target);
        near?.();
      }
    },
    // The document as root: its own viewport (also inside an iframe), grown by one viewport.
    { root: document, rootMargin: '100% 0px' },
  );
  waiting.set(element, onNear);
  approach.observe(element);
  return true;
}

export function stopWaiting(element: Element) {
  if (waiting.delete(element)) approach?.unobserve(element);
}
