// `node --test test/cli/`: the demo article's no-script text is the text fallback generated from the
// built-in document (needs `npm run build`, which writes demo/index.html from its template), and
// the template holds no study text of its own to drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { PAGE, PLACEHOLDER, TEMPLATE, builtFallback, fillDemo } from '../../scripts/build-demo.js';

const built = await builtFallback();

test('each widget on the demo page holds exactly the generator\'s text for the built-in document', () => {
  assert.ok(existsSync(PAGE), `${PAGE} is missing: run \`npm run build\``);
  const page = readFileSync(PAGE, 'utf8');
  const pageLang = /<html\b[^>]*\slang="([^"]*)"/.exec(page)[1];
  const doc = built.documents.find((d) => d.lang === pageLang);
  const found = [];
  for (const tag of built.tags) {
    for (const [, attributes, content] of page.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))) {
      assert.doesNotMatch(attributes, /\s(lang|audience)=/, `<${tag}>: this test expects the page's language and patient text`);
      assert.equal(content, built.textFallback(doc, tag, { audience: 'patient' }), `<${tag}>'s fallback`);
      found.push(tag);
    }
  }
  assert.deepEqual(found.sort(), [...built.tags].sort(), 'one of each widget');
});

test('the demo page is current with its template (edit demo/index.template.html, then build)', () => {
  assert.equal(readFileSync(PAGE, 'utf8'), fillDemo(readFileSync(TEMPLATE, 'utf8'), built));
});

test('the template\'s widgets hold only the placeholder: hand-written fallback text fails the build', () => {
  const template = readFileSync(TEMPLATE, 'utf8');
  for (const tag of built.tags) assert.match(template, new RegExp(`<${tag}\\b[^>]*>${PLACEHOLDER}</${tag}>`), tag);
  const handWritten = template.replace(`${PLACEHOLDER}</study-arms-chart>`, '<p>Mice given both drugs did best.</p></study-arms-chart>');
  assert.throws(() => fillDemo(handWritten, built), /<study-arms-chart> in the demo template must hold only <!-- text-fallback -->/);
  const stray = template.replace('<main class="article">', `<main class="article">${PLACEHOLDER}`);
  assert.throws(() => fillDemo(stray, built), /1 <!-- text-fallback --> outside a widget/);
  const spanish = template.replace('<evidence-badge heading-level="2">', '<evidence-badge heading-level="2" lang="es" audience="clinician">');
  const es = built.documents.find((d) => d.lang === 'es');
  assert.ok(fillDemo(spanish, built).includes(built.textFallback(es, 'evidence-badge', { audience: 'clinician' })), 'a widget\'s own lang and audience');
});
