// The stepper's pictures, drawn by the stepper itself: the widget pre-rendered in Node (showing
// every step, as its "All steps" view does), opened in Chromium, each step's picture captured as a
// PNG. The handout places them beside the steps' words with the document's alt text.
import { render } from '../../dist/server.js';
import { openPage } from './chromium.js';
import { pageHtml } from './page.js';

/** PNG data URLs of every step's picture, in order (an empty list for a document without pictures). */
export async function stepPictures(browser, context, { scale = 1.25 } = {}) {
  if (!context.doc.mechanism.scene) return [];
  const html = render({
    tag: 'mechanism-stepper',
    document: context.input,
    lang: context.lang,
    audience: context.audience,
    attributes: { 'show-all': true, theme: 'light' },
  });
  // 28rem, the stepper's own largest size for these pictures, fits a 600 px column.
  const page = await openPage(browser, pageHtml({ lang: context.lang, title: '', css: '', body: html }), { width: 600, scale });
  try {
    const pictures = await page.$$('mechanism-stepper >>> .mini');
    const urls = [];
    for (const picture of pictures) urls.push(`data:image/png;base64,${await picture.screenshot({ encoding: 'base64' })}`);
    return urls;
  } finally {
    await page.close();
  }
}
