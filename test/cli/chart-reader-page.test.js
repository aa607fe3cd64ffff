// `node --test test/cli/`: the chart as pre-rendered HTML (bin/render.js, as `study-explainers render`
// makes it) read in Chromium with JavaScript off, and the names screen readers get for its figure
// and row buttons once it runs (issue #27). Needs `npm run build` and Debian's chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { render } from '../../bin/render.js';
import { launchChromium } from '../../scripts/browser.js';

const bundle = readFileSync(new URL('../../dist/study-explainers.min.js', import.meta.url), 'utf8');
const page = (body, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`;

/** What the reader sees of each row and control (rendered, not hidden by visibility). */
function seen() {
  const root = document.querySelector('study-arms-chart').shadowRoot;
  const shown = (node) => node.checkVisibility({ visibilityProperty: true }) && node.getBoundingClientRect().height > 0;
  return {
    rows: [...root.querySelectorAll('[part~="overview-row"]')].map((row) => ({
      name: shown(row.querySelector('.ov-name')),
      button: shown(row.querySelector('.ov-outcome')),
      panel: shown(row.querySelector('.ov-detail [part~="panel"]')),
    })),
    controls: [...root.querySelectorAll('[part~="toggle"], [part~="download"]')].map(shown),
  };
}

test('pre-rendered, JavaScript off: every row shows its panel under its name; no toggle, download or row button', async () => {
  const browser = await launchChromium();
  try {
    for (const lang of ['en', 'es']) {
      const html = await render({ tag: 'study-arms-chart', lang });
      const tab = await browser.newPage();
      await tab.setJavaScriptEnabled(false);
      await tab.setViewport({ width: 390, height: 800 });
      await tab.setContent(page(html, lang));
      const { rows, controls } = await tab.evaluate(seen);
      assert.equal(rows.length, 11, lang);
      for (const row of rows) assert.deepEqual(row, { name: true, button: false, panel: true }, lang);
      assert.deepEqual(controls, [false, false], lang);
      await tab.close();
    }
  } finally {
    await browser.close();
  }
});

test('pre-rendered, JavaScript on: the hydrated widget, panels closed behind working buttons; names without a stray space', async () => {
  const browser = await launchChromium();
  try {
    const html = await render({ tag: 'study-arms-chart', lang: 'en' });
    const tab = await browser.newPage();
    await tab.setContent(page(html));
    await tab.addScriptTag({ content: bundle });
    await tab.waitForFunction(() => document.querySelector('study-arms-chart').matches(':defined'));
    const { rows, controls } = await tab.evaluate(seen);
    for (const row of rows) assert.deepEqual(row, { name: true, button: true, panel: false });
    assert.deepEqual(controls, [true, true]);
    const nodes = [];
    const walk = (node) => {
      nodes.push(node);
      for (const child of node.children ?? []) walk(child);
    };
    walk(await tab.accessibility.snapshot({ interestingOnly: false }));
    const figures = nodes.filter((n) => n.role === 'figure').map((n) => n.name);
    assert.deepEqual(figures, ['What happened in each group of mice']);
    const rowButtons = nodes.filter((n) => n.role === 'button' && /details$/.test(n.name)).map((n) => n.name);
    assert.equal(rowButtons.length, 11);
    assert.equal(rowButtons[0], 'Long-term remission in mice, details');
    assert.deepEqual(rowButtons.filter((name) => name.includes(' ,')), []);
  } finally {
    await browser.close();
  }
});
