import { parsePymMessage } from './pym-message.js';
import { EMBED_MARKER } from './embed-marker.js';

/**
 * dist/resize.js, for the page that holds our iframes: `<script src=".../resize.js" defer></script>`.
 * Sets the height of the iframe whose window sent a Pym-format height message, when that iframe
 * is one of ours: its `src` is the embed.html beside this script, or it carries the
 * `data-study-explainers` marker (the builder's snippet sets it), and the message comes from the
 * origin of that `src`. Any other iframe (an ad, a video) is never touched.
 * `data-origins="https://a.example https://b.example"` on the script tag narrows the senders further.
 * Iframes added later work too: the sender is matched when each message arrives.
 *
 * Page markup can shadow names on `document` (`<img name="currentScript">`) and add globals
 * (`<a id="…">`): this script reads only through the DOM's own getters and keeps its state in
 * its closure. Each copy on a page works alone, with its own embed page and senders; a second
 * copy with other `data-origins` says so in the console.
 */

/**
 * The tallest height set, in CSS pixels: far above any widget page (the stepper with every step
 * shown, in a narrow column, is a few thousand), far below what would push the host page's
 * content out of reach.
 */
const MAX_HEIGHT_PX = 30_000;
/** A height is a plain positive integer: no exponent, sign, hex, spaces or fraction. */
const HEIGHT = /^[1-9]\d{0,5}$/;

/** Copies on this page, by their `data-origins`: a symbol key no markup can reach. */
const COPIES = Symbol.for('study-explainers.resize');

(() => {
  // First, and through Document.prototype: document.currentScript may be shadowed by markup.
  const current = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document);
  const script = current instanceof HTMLScriptElement ? current : null;
  const iframes = Document.prototype.querySelectorAll.bind(document, 'iframe') as () => NodeListOf<HTMLIFrameElement>;
  const origins = (script?.dataset.origins ?? '').split(/[\s,]+/).filter(Boolean);
  const embedPage = script?.src ? new URL('embed.html', script.src).href : null;

  const host = window as unknown as Record<symbol, Set<string> | undefined>;
  const copies = (host[COPIES] ??= new Set());
  const key = origins.join(' ');
  if (copies.size > 0 && !copies.has(key)) {
    console.warn(`[study-explainers] resize.js: a second copy with data-origins="${key}" beside "${[...copies].join('", "')}": each copy resizes only the iframes of its own embed page, from its own senders.`);
  }
  copies.add(key);

  /** The frame's embed page URL, when it is one of ours; else null. */
  function ours(frame: HTMLIFrameElement): URL | null {
    let url: URL;
    try {
      url = new URL(frame.src);
    } catch {
      return null;
    }
    return frame.hasAttribute(EMBED_MARKER) || `${url.origin}${url.pathname}` === embedPage ? url : null;
  }

  window.addEventListener('message', (event: MessageEvent) => {
    if (origins.length > 0 && !origins.includes(event.origin)) return;
    const message = parsePymMessage(event.data);
    if (!message || message.type !== 'height' || !event.source || !HEIGHT.test(message.value)) return;
    const height = Number(message.value);
    if (height > MAX_HEIGHT_PX) return;
    for (const frame of iframes()) {
      if (frame.contentWindow !== event.source) continue;
      if (ours(frame)?.origin === event.origin) frame.style.height = `${height}px`;
      return;
    }
  });
})();
