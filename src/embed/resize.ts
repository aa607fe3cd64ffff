import { parsePymMessage } from './pym-message.js';

/**
 * dist/resize.js, for the page that holds our iframes: `<script src=".../resize.js" defer></script>`.
 * Sets the height of the iframe whose window sent a Pym-format height message, and no other.
 * `data-origins="https://a.example https://b.example"` on the script tag accepts only those senders.
 * Iframes added later work too: the sender is matched when each message arrives.
 */
type Flagged = Window & { __studyExplainersResize?: boolean };

const script = document.currentScript as HTMLScriptElement | null;
const origins = (script?.dataset.origins ?? '').split(/[\s,]+/).filter(Boolean);

if (!(window as Flagged).__studyExplainersResize) {
  (window as Flagged).__studyExplainersResize = true;
  window.addEventListener('message', (event: MessageEvent) => {
    if (origins.length > 0 && !origins.includes(event.origin)) return;
    const message = parsePymMessage(event.data);
    if (!message || message.type !== 'height' || !event.source) return;
    const height = Number(message.value);
    if (!Number.isFinite(height) || height < 0 || height > 100_000) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.ceil(height)}px`;
        return;
      }
    }
  });
}
