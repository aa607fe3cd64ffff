/**
 * Dispatches a bubbling, composed event (not cancelable). A function outside the class so the manifest
 * analyzer lists each element's real events (from JSDoc) instead of a generic one.
 */
export function emitEvent(target: EventTarget, name: string, detail: unknown): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
