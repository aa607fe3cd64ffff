export type PageWindow = Window & { __log: string[]; __cls: number };

/** Loads `url` in a new iframe and resolves once it has loaded. */
export async function openFrame(url: string, options: { width?: number; sandbox?: string } = {}) {
  const frame = document.createElement('iframe');
  frame.style.width = `${options.width ?? 1000}px`;
  frame.style.height = '800px';
  if (options.sandbox !== undefined) frame.setAttribute('sandbox', options.sandbox);
  frame.src = url;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
}

/** Waits until every given tag in `doc` shows its source line (rendered) or an error. */
export async function widgetsRendered(doc: Document, tags = ['mechanism-stepper', 'study-arms-chart', 'evidence-badge']) {
  for (let i = 0; i < 200; i += 1) {
    if (tags.every((tag) => doc.querySelector(tag)?.shadowRoot?.querySelector('[part~="source"], [part~="error"]'))) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`not rendered: ${tags.join(', ')}`);
}

export async function until(check: () => boolean, what: string, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}
