// The social card: a PNG of 1200 × 630 (or 1080 × 1080), the takeaway in large type, the evidence
// badge's pill drawn by the badge itself (pre-rendered in Node), the animals' mark when the pill
// does not already say it, and the source; with its alt text, the same words in reading order.
import { render } from '../../dist/server.js';
import { resolveDocument } from './document.js';
import { withChromium, openPage } from './chromium.js';
import { cardWords } from './words.js';
import { escapeHtml, pageHtml, para } from './page.js';

const CARD_SIZES = { wide: { width: 1200, height: 630 }, square: { width: 1080, height: 1080 } };

const CSS = `
html, body { width: 100%; height: 100%; overflow: hidden; }
.card { box-sizing: border-box; width: 100vw; height: 100vh; padding: 56px 64px; display: flex; flex-direction: column; gap: 28px;
  background: #fff; border-top: 16px solid #1d4f91; color: #111; }
.notice { font-weight: bold; font-size: 24px; border: 3px dashed #111; padding: 4px 12px; margin: 0; align-self: flex-start; }
.takeaway { font-weight: bold; line-height: 1.2; margin: 0; flex: 1 1 auto; }
.mark { font-weight: bold; font-size: 30px; border: 3px solid #111; border-radius: 8px; padding: 2px 14px; margin: 0; align-self: flex-start; }
evidence-badge { zoom: 1.9; }
evidence-badge::part(lead), evidence-badge::part(disclosure), evidence-badge::part(source) { display: none; }
.source { font-size: 26px; margin: 0; color: #222; }
`;

/** The card's HTML for resolved `context` (the badge pre-rendered with the same document). */
function cardHtml(context) {
  const words = cardWords(context);
  const badge = render({ tag: 'evidence-badge', document: context.input, lang: context.lang, audience: context.audience, attributes: { theme: 'light' } });
  const body = `<main class="card">${para(words.example, 'notice')}<p class="takeaway">${escapeHtml(words.takeaway)}</p>${para(words.mark, 'mark')}${badge}${para(words.source, 'source')}</main>`;
  return { html: pageHtml({ lang: context.lang, title: words.takeaway, css: CSS, body }), alt: altText(words) };
}

/** The alt text: every word on the card, in reading order. */
function altText(words) {
  return [words.example, words.takeaway, words.mark, words.label, words.source].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * `{ png, alt, width, height }` for `{ document, lang, audience, square }`: the takeaway is set
 * as large as fits, from 64 px down, so a long one in any language stays on the card.
 */
export async function card(request = {}) {
  const context = resolveDocument(request);
  const size = request.square ? CARD_SIZES.square : CARD_SIZES.wide;
  const { html, alt } = cardHtml(context);
  const png = await withChromium(async (browser) => {
    const page = await openPage(browser, html, { ...size, scale: 1 });
    await page.evaluate(() => {
      const text = document.querySelector('.takeaway');
      const card = document.querySelector('.card');
      let px = 64;
      text.style.fontSize = `${px}px`;
      while (px > 28 && card.scrollHeight > card.clientHeight) text.style.fontSize = `${(px -= 2)}px`;
    });
    return Buffer.from(await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...size } }));
  });
  return { png, alt, ...size };
}
