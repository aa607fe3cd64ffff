// `node --test test/cli/`: the demo article (needs `npm run build`, which writes demo/index.html
// from its template) shows each widget pre-rendered by the Node renderer, so nothing moves when the
// script arrives (issue 27), and its study text is the built-in document's own: the template holds
// none of its own to drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { ARTICLE_PARTS, PAGE, PLACEHOLDER, TEMPLATE, builtDemoParts, fillDemo } from '../../scripts/build-demo.js';

const built = await builtDemoParts();
const template = readFileSync(TEMPLATE, 'utf8');

/** The demo's own words, not the study's: anything else in the template's article fails. */
const CHROME = ['Cancer research · Demo article', 'By Demo Staff ·', 'How it works', 'What the study found',
  "This page is a demonstration of the study-explainers components; every word about the study on it comes from the widgets' document."];

test('each widget on the demo page is the Node renderer\'s copy of it, with the template\'s attributes', () => {
  assert.ok(existsSync(PAGE), `${PAGE} is missing: run \`npm run build\``);
  const page = readFileSync(PAGE, 'utf8');
  const found = [];
  for (const tag of built.tags) {
    for (const [element, attributes] of page.matchAll(new RegExp(`<${tag}\\b([^>]*)>[\\s\\S]*?</${tag}>`, 'g'))) {
      const headingLevel = /heading-level="(\d)"/.exec(attributes)?.[1];
      assert.ok(headingLevel, `<${tag}> keeps its heading level`);
      assert.equal(element, built.render({ tag, lang: 'en', audience: 'patient', attributes: { 'heading-level': headingLevel } }), `<${tag}>`);
      assert.match(element, /<template shadowrootmode="open">/, `<${tag}> is drawn before any script`);
      found.push(tag);
    }
  }
  assert.deepEqual(found.sort(), [...built.tags].sort(), 'one of each widget');
});

test('the demo page is current with its template (edit demo/index.template.html, then build)', () => {
  assert.equal(readFileSync(PAGE, 'utf8'), fillDemo(template, built));
});

test('the article\'s study text is the document\'s: its headline, news report, status and source', () => {
  const page = readFileSync(PAGE, 'utf8');
  const doc = built.documents.find((d) => d.lang === 'en');
  const words = built.words(doc);
  assert.ok(page.includes(`<h1>${words.escape(words.t(doc.study.headline))}</h1>`), 'the headline');
  assert.ok(page.includes(`<title>${words.escape(words.t(doc.study.headline))} — Demo Daily Health</title>`), 'the title');
  for (const status of doc.evidence.status) assert.ok(page.includes(`<p>${words.escape(words.t(status.text))}</p>`), 'each status, dated in its own words');
  assert.ok(page.includes(words.sourceLine), 'the source line');
  assert.doesNotMatch(page, /<!-- study:/, 'every study placeholder filled');
});

test('the template holds no study text of its own: only placeholders and the demo\'s chrome', () => {
  const main = /<main class="article">([\s\S]*)<\/main>/.exec(template)[1];
  const text = main
    .replace(/<!--[\s\S]*?-->/g, '\n')
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  assert.deepEqual(text, CHROME);
  assert.match(template, /<title><!-- study:headline -->/, 'the title is the headline');
});

test('hand-written widget text, a stray placeholder or an unknown part fails the build', () => {
  for (const tag of built.tags) assert.match(template, new RegExp(`<${tag}\\b[^>]*>${PLACEHOLDER}</${tag}>`), tag);
  const handWritten = template.replace(`${PLACEHOLDER}</study-arms-chart>`, '<p>Mice given both drugs did best.</p></study-arms-chart>');
  assert.throws(() => fillDemo(handWritten, built), /<study-arms-chart> in the demo template must hold only <!-- pre-rendered -->/);
  const stray = template.replace('<main class="article">', `<main class="article">${PLACEHOLDER}`);
  assert.throws(() => fillDemo(stray, built), /1 <!-- pre-rendered --> outside a widget/);
  assert.throws(() => fillDemo(template.replace('<!-- study:news -->', '<!-- study:quote -->'), built), /<!-- study:quote -->: no such part/);
  assert.ok(Object.keys(ARTICLE_PARTS).every((name) => template.includes(`<!-- study:${name} -->`)), 'every part is used');
  const spanish = template.replace('<evidence-badge heading-level="2">', '<evidence-badge heading-level="2" lang="es" audience="clinician">');
  assert.ok(fillDemo(spanish, built).includes(built.render({ tag: 'evidence-badge', lang: 'es', audience: 'clinician', attributes: { 'heading-level': '2' } })), 'a widget\'s own lang and audience');
});
