// Newsletter images: one widget, pre-rendered in Node and drawn by Chromium at a newsletter's width
// (600 CSS px by default) at 2× for sharp screens, its controls hidden (an image has none to press).
// With it, its alt text (the widget's words, as its text fallback gives them) and an email-safe
// HTML snippet: a table with inline styles, the image, its alt text and a link, since email
// clients run no script and drop shadow DOM.
import { render, TAGS } from '../../dist/server.js';
import { textFallback } from '../../dist/prerender/text-fallback.js';
import { stepWords } from './words.js';
import { resolveDocument, RequestProblem } from './document.js';
import { withChromium, openPage } from './chromium.js';
import { escapeHtml, pageHtml } from './page.js';

const IMAGE_SCALE = 2;
const DEFAULT_WIDTH = 600;

const CSS = `
body { background: #fff; }
mechanism-stepper::part(controls), study-arms-chart::part(controls), evidence-badge::part(copy-button), evidence-badge::part(copy-status) { display: none; }
`;

/** Plain text of HTML the text fallback wrote (its entities decoded, its tags gone). */
function plainText(html) {
  const entities = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return html
    .replace(/<\/(p|li)>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity])
    .replace(/\s+/g, ' ')
    .trim();
}

/** The alt text: for one step of the stepper, that step as it shows it (with its picture's alt); else the widget's text fallback. */
function imageAlt(context, tag, step) {
  const { doc, t } = context;
  if (tag !== 'mechanism-stepper' || step === undefined) return plainText(textFallback(doc, tag, { audience: context.audience }));
  const shown = stepWords(context, step);
  return [t(doc.mechanism.title), `${shown.count}:`, shown.mark, shown.title, shown.body, shown.alt].filter(Boolean).join(' ');
}

/** The email-safe snippet: one centred table, inline styles only, the image linked to `url` when given. */
function emailSnippet({ file, alt, width, height, url, linkText, lang }) {
  const img = `<img src="${escapeHtml(file)}" width="${width}" height="${height}" alt="${escapeHtml(alt)}" style="display:block;width:100%;max-width:${width}px;height:auto;border:0;">`;
  const linked = url ? `<a href="${escapeHtml(url)}" style="text-decoration:none;">${img}</a>` : img;
  const link = url
    ? `\n  <tr><td style="padding:8px 0 0;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.4;"><a href="${escapeHtml(url)}" style="color:#1d4f91;text-decoration:underline;">${escapeHtml(linkText)}</a></td></tr>`
    : '';
  return `<table role="presentation" lang="${escapeHtml(lang)}" width="${width}" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:${width}px;margin:0 auto;border-collapse:collapse;">
  <tr><td style="padding:0;">${linked}</td></tr>${link}
</table>\n`;
}

/**
 * `{ png, alt, width, height, html }` for `{ tag, document, lang, audience, width, step, url, file }`:
 * `width` in CSS px (the PNG is twice as wide), `step` 1-based, `file` the name the snippet's image
 * points to. Rejects with a RequestProblem for a bad request.
 */
export async function image(request) {
  const { tag, width = DEFAULT_WIDTH, step, url, file = 'image.png', attributes = {} } = request;
  if (!TAGS.includes(tag)) throw new RequestProblem(`unknown widget '${tag}' (one of ${TAGS.join(', ')})`);
  if (!Number.isInteger(width) || width < 280 || width > 1200) throw new RequestProblem(`width '${width}': a whole number of pixels from 280 to 1200`);
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) throw new RequestProblem(`url '${url}': an http(s) address`);
  const context = resolveDocument(request);
  let index;
  if (step !== undefined) {
    if (tag !== 'mechanism-stepper') throw new RequestProblem('--step: only the mechanism-stepper has steps');
    const total = context.doc.mechanism.steps.length;
    if (!Number.isInteger(step) || step < 1 || step > total) throw new RequestProblem(`step '${step}': a number from 1 to ${total}`);
    index = step - 1;
  }
  const html = render({
    tag,
    document: context.input,
    lang: context.lang,
    audience: context.audience,
    attributes: { ...attributes, theme: 'light', ...(index === undefined ? {} : { step: index }) },
  });
  const shot = await withChromium(async (browser) => {
    const page = await openPage(browser, pageHtml({ lang: context.lang, title: '', css: CSS, body: html }), { width, scale: IMAGE_SCALE });
    const element = await page.$(tag);
    const box = await element.boundingBox();
    // Whole CSS pixels, so the PNG is exactly twice as wide as asked.
    const clip = { x: 0, y: 0, width, height: Math.ceil(box.y + box.height + 1) };
    return { png: Buffer.from(await page.screenshot({ type: 'png', clip, captureBeyondViewport: true })), height: clip.height };
  });
  const alt = imageAlt(context, tag, index);
  return {
    png: shot.png,
    alt,
    width,
    height: shot.height,
    html: emailSnippet({ file, alt, width, height: shot.height, url, linkText: context.words.readOnline, lang: context.lang }),
  };
}
