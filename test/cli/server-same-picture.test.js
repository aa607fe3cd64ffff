// `node --test test/cli/` (after `npm run build`): the Node renderer (dist/server.js, what
// `study-explainers render` and bin/render.js use) draws the same picture as the live element in
// Chromium (scripts/render-chromium.js, the renderer it replaced, kept as the oracle). Each output is
// opened in Chromium with JavaScript off at one width; the visible text of the widget's shadow root
// and the layout box of every element in it must match (±1 px).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { render as renderInNode } from '../../dist/server.js';
import { renderMany as renderInChromium } from '../../scripts/render-chromium.js';
import { launchChromium } from '../../scripts/browser.js';

const { TAGS } = await import('../../dist/manifest/widgets.js');
const { defaultExplainer } = await import('../../dist/content/default/index.js');
const { LANGUAGES } = await import('../../dist/i18n/languages.js');
const { AUDIENCES } = await import('../../dist/content/types.js');

const WIDTH = 720;
const example = (name) => JSON.parse(readFileSync(new URL(`../../docs/examples/${name}.example.json`, import.meta.url), 'utf8'));
const [, secondOutcome] = defaultExplainer[0].arms.outcomes;

const CASES = [
  // Every widget in every language, for every audience.
  ...TAGS.flatMap((tag) => LANGUAGES.flatMap((lang) => AUDIENCES.map((audience) => ({ tag, lang, audience })))),
  // One setting other than the default each.
  { tag: 'mechanism-stepper', lang: 'en', attributes: { step: '3' } },
  { tag: 'mechanism-stepper', lang: 'es', attributes: { 'show-all': '' } },
  { tag: 'study-arms-chart', lang: 'en', attributes: { view: 'table' } },
  { tag: 'study-arms-chart', lang: 'es', attributes: { outcome: secondOutcome.id } },
  { tag: 'evidence-badge', lang: 'en', attributes: { variant: 'full' } },
  { tag: 'evidence-badge', lang: 'es', attributes: { open: '' } },
  // The example studies, given as documents.
  ...['walking-trial', 'rat-study'].flatMap((name) => TAGS.map((tag) => ({ tag, lang: 'en', document: example(name), name }))),
];

const label = ({ tag, lang, audience, attributes, name }) => [tag, lang, audience, attributes && JSON.stringify(attributes), name].filter(Boolean).join(' ');

/** What a reader sees of the widget: its shadow root's visible text and every element's box. */
function picture(tag) {
  const host = document.querySelector(tag);
  const root = host.shadowRoot;
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return [el.localName, r.x, r.y, r.width, r.height];
  };
  return {
    text: root.querySelector('[part~="base"]')?.innerText ?? null,
    boxes: [host, ...root.querySelectorAll('*')].filter((el) => el.localName !== 'style').map(box),
  };
}

let server;
let browser;
let fromChromium;
const pages = {};
before(async () => {
  fromChromium = await renderInChromium(CASES);
  CASES.forEach((request, i) => {
    const wrap = (html) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body style="margin: 0"><div style="width: ${WIDTH}px">${html}</div></body></html>`;
    pages[`/node/${i}`] = wrap(renderInNode(request));
    pages[`/chromium/${i}`] = wrap(fromChromium[i]);
  });
  server = createServer((request, response) => {
    const page = pages[request.url];
    response.writeHead(page === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve());
});

async function look(path, tag) {
  const tab = await browser.newPage();
  try {
    await tab.setJavaScriptEnabled(false);
    await tab.setViewport({ width: WIDTH + 40, height: 900 });
    await tab.goto(`http://127.0.0.1:${server.address().port}${path}`);
    return await tab.evaluate(picture, tag);
  } finally {
    await tab.close();
  }
}

CASES.forEach((request, i) => {
  test(`same picture, JavaScript off, Node vs Chromium: ${label(request)}`, async () => {
    const node = await look(`/node/${i}`, request.tag);
    const chromium = await look(`/chromium/${i}`, request.tag);
    // Not an empty comparison: the widget is drawn, with its text.
    assert.ok(chromium.text && chromium.text.length > 40, `the oracle drew text: ${chromium.text}`);
    assert.ok(chromium.boxes.length > 20, `the oracle drew ${chromium.boxes.length} elements`);
    assert.equal(node.text, chromium.text);
    assert.deepEqual(
      node.boxes.map(([name]) => name),
      chromium.boxes.map(([name]) => name),
      'the same elements, in the same order',
    );
    const moved = node.boxes.filter((box, j) => box.slice(1).some((value, k) => Math.abs(value - chromium.boxes[j][k + 1]) > 1));
    assert.deepEqual(moved.slice(0, 5), [], `${moved.length} of ${node.boxes.length} boxes differ by more than 1 px (Node's first shown; Chromium's: ${JSON.stringify(chromium.boxes[node.boxes.indexOf(moved[0])])})`);
  });
});

test('the browser serialiser (the embed builder\'s, src/prerender/declarative-html.ts) leaves out Lit\'s random markers too', () => {
  // Each page load numbers them afresh (<!--?lit$123456789$-->): kept, the same widget would differ every time.
  for (const [i, html] of fromChromium.entries()) assert.equal(html.match(/<!--\?lit\$\d+\$-->/), null, label(CASES[i]));
  assert.ok(fromChromium.every((html) => html.includes('<template shadowrootmode="open">')));
});
