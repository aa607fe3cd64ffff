// `node --test test/cli/`: pre-rendered HTML (bin/render.js's render(), as `study-explainers render`
// and the WordPress build use it) of a made-up study in rats says "In rats" and never "mice"
// (needs `npm run build` for the classic bundle, and Debian's chromium).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { render } from '../../bin/render.js';

const rats = JSON.parse(readFileSync(new URL('../../docs/examples/rat-study.example.json', import.meta.url), 'utf8'));
const MICE = /\b(mice|mouse|murine|ratones|ratón|raton)\b/i;

/** What a reader gets from pre-rendered HTML: its text and accessible names, without the markup, styles or the inline document. */
function readable(html) {
  const shadow = html.replace(/<script type="application\/json">[\s\S]*?<\/script>/g, '').replace(/<style>[\s\S]*?<\/style>/g, '');
  const names = [...shadow.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((match) => match[1]);
  return `${shadow.replace(/<[^>]*>/g, ' ')} ${names.join(' ')}`.replace(/\s+/g, ' ');
}

test('pre-rendered widgets of a study in rats: "In rats", and nothing about mice', async () => {
  const stepperHtml = await render({ tag: 'mechanism-stepper', document: rats, lang: 'en', attributes: { 'show-all': '' } });
  // Lit's comment markers sit between the mark's tag and its words.
  const marks = [...stepperHtml.matchAll(/part="mice">(?:<!--[^>]*-->)*([^<]*)</g)].map((match) => match[1]);
  assert.deepEqual(marks, ['In rats', 'In rats'], 'one mark on each of the two flagged steps');
  const stepper = readable(stepperHtml);
  const badge = readable(await render({ tag: 'evidence-badge', document: rats, lang: 'en' }));
  assert.match(badge, /In rats/);
  const chart = readable(await render({ tag: 'study-arms-chart', document: rats, lang: 'en', attributes: { view: 'panels' } }));
  assert.match(chart, /About the same blood pressure \(compared with Dummy drug\)/);
  for (const [tag, text] of Object.entries({ stepper, badge, chart })) assert.equal(text.match(MICE), null, `${tag}: ${text.match(MICE)}`);
});

test('pre-rendered under lang="es", an English-only document: English words throughout', async () => {
  const html = await render({ tag: 'mechanism-stepper', document: rats, lang: 'es' });
  const text = readable(html);
  assert.match(text, /All steps/);
  assert.doesNotMatch(text, /Siguiente|Ver todos/);
  // The widget's root speaks the document's language (attribute order is the renderer's own).
  assert.match(html, /<div (?=[^>]*part="base")(?=[^>]*lang="en")[^>]*>/);
  assert.doesNotMatch(html, /<div (?=[^>]*part="base")(?=[^>]*lang="es")[^>]*>/);
});
