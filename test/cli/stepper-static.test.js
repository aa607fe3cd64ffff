// `node --test test/cli/` (after `npm run build`): the stepper as `study-explainers render` writes
// it, opened in Chromium with JavaScript off, reads as an ordered list of every step with no
// control that needs script; and, with script, its accessibility tree names the figure and
// keeps hidden steps out (issue 27).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { render } from '../../bin/render.js';
import { launchChromium } from '../../scripts/browser.js';

const BUNDLE = readFileSync(new URL('../../dist/study-explainers.min.js', import.meta.url), 'utf8');
const { defaultExplainer } = await import('../../dist/content/default/index.js');

/** Serves `pages` (path → HTML) on a free localhost port. */
async function serve(pages) {
  const server = createServer((request, response) => {
    const page = pages[request.url];
    response.writeHead(page === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Chromium keeps its connection open: close it too, or close() waits for it.
  const close = () =>
    new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${server.address().port}`, close };
}

const page = (lang, body) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body style="margin: 0"><div style="width: 390px">${body}</div></body></html>`;

const browser = await launchChromium();
after(() => browser.close());

/** The built-in document's steps in `lang`, as a patient reader sees them. */
function stepsOf(lang) {
  const doc = defaultExplainer.find((d) => d.lang === lang);
  const words = (text) => (typeof text === 'string' ? text : text.patient);
  return doc.mechanism.steps.map((step) => ({ title: words(step.title), body: words(step.body) }));
}

for (const lang of ['en', 'es']) {
  test(`JavaScript off, pre-rendered (${lang}): every step's title and text visible in order, no picker, Previous/Next or toggle`, async () => {
    const html = await render({ tag: 'mechanism-stepper', lang });
    const server = await serve({ '/': page(lang, html) });
    const tab = await browser.newPage();
    try {
      await tab.setJavaScriptEnabled(false);
      await tab.goto(`${server.url}/`);
      // DevTools' evaluation still runs with the page's scripts off.
      const seen = await tab.evaluate(() => {
        const root = document.querySelector('mechanism-stepper').shadowRoot;
        const shown = (node) => node.checkVisibility({ visibilityProperty: true, opacityProperty: true });
        return {
          scriptingNone: matchMedia('(scripting: none)').matches,
          steps: [...root.querySelectorAll('.step')].map((step) => ({
            title: step.querySelector('.title').textContent,
            body: step.querySelector('.body').textContent,
            visible: shown(step.querySelector('.title')) && shown(step.querySelector('.body')),
            top: step.getBoundingClientRect().top,
            bottom: step.getBoundingClientRect().bottom,
          })),
          controls: [...root.querySelectorAll('button, [part~="picker"], [part~="controls"]')].filter(shown).map((node) => node.outerHTML.slice(0, 80)),
          buttons: root.querySelectorAll('button').length,
        };
      });
      assert.equal(seen.scriptingNone, true);
      assert.deepEqual(
        seen.steps.map(({ title, body }) => ({ title, body })),
        stepsOf(lang),
      );
      seen.steps.forEach((step, i) => {
        assert.ok(step.visible, `step ${i + 1} is visible`);
        if (i > 0) assert.ok(step.top >= seen.steps[i - 1].bottom - 0.5, `step ${i + 1} comes after step ${i}`);
      });
      assert.ok(seen.buttons > 10, 'the controls are in the markup');
      assert.deepEqual(seen.controls, []);
    } finally {
      await tab.close();
      await server.close();
    }
  });
}

test('with script: the figure is named, Next says only its shown label, hidden steps are out of the accessibility tree', async () => {
  const server = await serve({ '/': page('en', `<mechanism-stepper lang="en"></mechanism-stepper><script>${BUNDLE.replace(/<\/script/gi, '<\\/script')}</script>`) });
  const tab = await browser.newPage();
  try {
    await tab.goto(`${server.url}/`);
    await tab.waitForFunction(() => document.querySelector('mechanism-stepper').shadowRoot?.querySelector('.step'));
    const steps = stepsOf('en');
    const find = (tree, match) => (match(tree) ? tree : (tree.children ?? []).map((child) => find(child, match)).find(Boolean));
    for (const [index, next] of [
      [0, 'Next'],
      [steps.length - 1, 'Restart'],
    ]) {
      await tab.evaluate(async (index) => {
        const el = document.querySelector('mechanism-stepper');
        el.step = index;
        await el.updateComplete;
      }, index);
      const tree = await tab.accessibility.snapshot({ interestingOnly: false });
      assert.ok(find(tree, (node) => node.role === 'figure' && node.name === `Picture of step ${index + 1}`), `step ${index + 1}: the figure's name`);
      const buttons = [];
      find(tree, (node) => (node.role === 'button' && buttons.push(node.name.trim()), false));
      assert.ok(buttons.includes(next), `step ${index + 1}: Next is named "${next}" (${buttons.join(' | ')})`);
      assert.ok(!buttons.some((name) => /Next.*Restart|Restart.*Next/.test(name)), 'one label in the name');
      const headings = [];
      find(tree, (node) => (node.role === 'heading' && headings.push(node.name), false));
      const stepHeadings = headings.filter((name) => /^Step \d+ of \d+/.test(name));
      assert.equal(stepHeadings.length, 1, `one step heading in the tree: ${stepHeadings.join(' | ')}`);
      assert.ok(stepHeadings[0].includes(steps[index].title));
    }
  } finally {
    await tab.close();
    await server.close();
  }
});
