// The test oracle for the Node renderer (bin/render.js, dist/server.js), never shipped: the live
// element drawn by headless Chromium (puppeteer-core, a devDependency; CHROME_PATH or
// /usr/bin/chromium) with the classic bundle, then serialised by the embed builder's serialiser
// (src/prerender/declarative-html.ts). test/cli/server-same-picture.test.js checks that both
// give the same picture; bench/run.js times both.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.js';

import { TAGS } from '../dist/manifest/widgets.js';
import { DEFAULT_LANGUAGE } from '../dist/i18n/languages.js';

const BUNDLE = fileURLToPath(new URL('../dist/study-explainers.min.js', import.meta.url));
const SERIALISER = fileURLToPath(new URL('../dist/prerender/declarative-html.js', import.meta.url));

/**
 * The HTML of several widgets, in order, from one headless Chromium: each request `{ tag,
 * document, lang, audience, attributes }` (document: an explainer document or a list, default the
 * built-in study). Rejects when a widget shows its error state.
 */
export async function renderMany(requests) {
  for (const { tag } of requests) if (!TAGS.includes(tag)) throw new Error(`unknown widget '${tag}' (one of ${TAGS.join(', ')})`);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: readFileSync(BUNDLE, 'utf8') });
    // The serialiser the embed builder uses too (src/prerender/declarative-html.ts).
    await page.addScriptTag({ type: 'module', content: `${readFileSync(SERIALISER, 'utf8')}\nglobalThis.__declarativeHtml = declarativeHtml;` });
    await page.waitForFunction(() => typeof globalThis.__declarativeHtml === 'function');
    const results = [];
    for (const { tag, document, lang = DEFAULT_LANGUAGE, audience, attributes = {} } of requests) {
      const attrs = { ...attributes, lang, ...(audience ? { audience } : {}) };
      results.push(await page.evaluate(renderInPage, tag, attrs, document ?? null));
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** Runs in the page: renders one element, serialises it, removes it. */
async function renderInPage(name, attrs, data) {
  const el = globalThis.document.createElement(name);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  if (data !== null) el.data = data;
  const outcome = new Promise((resolve) => {
    el.addEventListener('explainer-ready', () => resolve(null), { once: true });
    el.addEventListener('explainer-error', (event) => resolve(event.detail), { once: true });
  });
  globalThis.document.body.append(el);
  try {
    const problem = await outcome;
    if (problem) throw new Error(`${problem.path || '(document)'}: ${problem.message}`);
    await el.updateComplete;
    return globalThis.__declarativeHtml(el, data);
  } finally {
    el.remove();
  }
}
