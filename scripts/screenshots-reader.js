#!/usr/bin/env node
// The reader's page (issue #27): the three widgets one after the other, as a page made of the
// README's snippets shows them (the browser's default 8 px margin), at 390 and 1200 px, in every
// language; and the same widgets pre-rendered (bin/render.js) with JavaScript off at 390 px, in
// their static layout. Run `npm run build` first. Writes docs/screenshots/reader-page-*.png and
// prints each widget's height.
import { mkdirSync } from 'node:fs';
import { launchChromium, serveRoot } from './browser.js';
import { renderMany } from '../bin/render.js';
import { TAGS } from '../dist/manifest/widgets.js';
import { LANGUAGES } from '../dist/i18n/languages.js';

const WIDTHS = [390, 1200];
const page = (lang, body, script = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${script}</head><body>${body}</body></html>`;

const server = await serveRoot();
const browser = await launchChromium();
mkdirSync('docs/screenshots', { recursive: true });

/** Loads `html` at `width`, waits for `ready` widgets, screenshots the whole page to `name`, prints the heights. */
async function shoot(name, html, width, { javaScript = true, ready = TAGS.length } = {}) {
  const tab = await browser.newPage();
  await tab.setJavaScriptEnabled(javaScript);
  await tab.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  // Served from the project's root, so the scripts' relative URLs resolve.
  await tab.setRequestInterception(true);
  tab.on('request', (request) => (request.url().endsWith('/reader-page.html') ? request.respond({ contentType: 'text/html', body: html }) : request.continue()));
  if (javaScript) await tab.evaluateOnNewDocument((count) => {
    window.__ready = new Promise((resolve) => {
      let seen = 0;
      document.addEventListener('explainer-ready', () => (seen += 1) === count && resolve());
    });
  }, ready);
  await tab.goto(`${server.url}/reader-page.html`);
  if (javaScript) await tab.evaluate(() => window.__ready);
  const heights = await tab.evaluate((tags) => tags.map((tag) => `${tag} ${Math.round(document.querySelector(tag).getBoundingClientRect().height)}`).join(', '), TAGS);
  const file = `docs/screenshots/reader-page-${name}.png`;
  await tab.screenshot({ path: file, fullPage: true });
  console.log(`${file}: ${heights}`);
  await tab.close();
}

try {
  for (const lang of LANGUAGES) {
    const tags = TAGS.map((tag) => `<${tag}></${tag}>`).join('\n');
    for (const width of WIDTHS) await shoot(`${lang}-${width}`, page(lang, tags, '<script src="/dist/study-explainers.min.js" defer></script>'), width);
    const prerendered = (await renderMany(TAGS.map((tag) => ({ tag, lang })))).join('\n');
    await shoot(`${lang}-390-no-script`, page(lang, prerendered), 390, { javaScript: false });
  }
} finally {
  await browser.close();
  await server.stop();
}
