// `node --test test/cli/` (after `npm run build`; needs Debian's chromium): `study-explainers
// handout` read back with pdfjs-dist. In English, Spanish and for a made-up study: the takeaway,
// the evidence label, the dated status, every step title, the source and its date in reading
// order; at most two pages of A4 and Letter; a tagged structure with headings and every picture's
// alt text; no word the document and the UI strings lack; the same bytes twice; the QR code holds
// the link; and the patient text's reading grade, with the content tests' own formulas.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { cli, documentTexts, exampleDocument, readPdf, structNodes, tempDir, wordsOf, ROOT } from '../fixtures/offpage/support.js';

const { defaultExplainer } = await import('../../dist/content/default/index.js');
const { strings } = await import('../../dist/strings.js');
const { offPageStrings } = await import('../../dist/i18n/common.strings.js');
const { formatDate, formatList } = await import('../../dist/i18n/locale.js');
const { format } = await import('../../dist/util/format.js');

const dir = tempDir();
const URL_GIVEN = 'https://news.example.org/plerixafor-explainer';
const patient = (text) => (typeof text === 'string' ? text : (text?.patient ?? ''));

/** The handout of `args`, written and read back. */
async function handoutOf(name, args) {
  const out = join(dir, `${name}.pdf`);
  const result = cli(['handout', '--out', out, ...args]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /wrote .*\.pdf \(\d+ KB, \d+ ms\)/);
  return { file: out, ...(await readPdf(out)) };
}

/** What must be read, in this order, worked out from the document here (not by the code under test). */
function expectedOrder(doc) {
  const ui = strings[doc.lang];
  const ev = doc.evidence;
  const pill = [ui.badge[`short-${ev.stage}`], ui.badge[ev.studyTypes[0]], patient(ev.subjectsShort) || ui.badge[`in-${ev.subjects[0]}`], ui.badge[ev.peerReview]];
  return [
    patient(doc.arms.takeaway?.text ?? doc.arms.summary.text),
    pill.join(' · '),
    format(ui.badge.statusHeading, { date: formatDate(ev.statusAsOf, doc.lang, 'month') }),
    ...doc.mechanism.steps.map((step) => patient(step.title)),
    `${ui.common.source}: ${doc.study.journalShort ?? doc.study.journal}, ${formatDate(doc.study.published, doc.lang)}`,
  ];
}

/** Every word the handout may print: the document's, the UI strings', the dates', the step numbers and the link's. */
function allowedWords(doc) {
  const ui = { ...strings[doc.lang], offPage: offPageStrings[doc.lang] };
  const dates = documentTexts(doc)
    .filter((text) => /^\d{4}-\d{2}-\d{2}$/.test(text))
    .flatMap((date) => [formatDate(date, doc.lang), formatDate(date, doc.lang, 'month')]);
  const numbers = doc.mechanism.steps.map((_, i) => String(i + 1));
  // The language's list words ("and"; Spanish "y", "e" before an i sound), from its locale rules.
  const names = doc.arms.arms.map((arm) => arm.shortLabel);
  const lists = names.flatMap((a) => names.map((b) => formatList([a, b], doc.lang)));
  return new Set([...documentTexts(doc), ...documentTexts(ui), ...dates, ...numbers, ...lists].flatMap(wordsOf).map((w) => w.toLowerCase()));
}

function assertInOrder(text, expected) {
  let from = 0;
  for (const phrase of expected) {
    const at = text.indexOf(phrase.replace(/\s+/g, ' '), from);
    assert.ok(at >= 0, `"${phrase}" missing, or out of order, after: …${text.slice(Math.max(0, from - 80), from)}`);
    from = at + phrase.length;
  }
}

function assertTagged(pdf, doc) {
  const nodes = structNodes(pdf.trees);
  const roles = nodes.map((node) => node.role);
  assert.equal(roles.filter((role) => role === 'H1').length, 1, 'one H1');
  assert.ok(roles.includes('H2') && roles.includes('H3'), 'H2 and H3 headings are tagged');
  assert.ok(roles.includes('L') && roles.includes('LI'), 'lists are tagged');
  const alts = nodes.filter((node) => node.role === 'Figure').map((node) => node.alt);
  const sceneAlts = doc.mechanism.scene ? doc.mechanism.steps.map((step) => patient(step.scene?.alt)) : [];
  for (const alt of sceneAlts) assert.ok(alts.includes(alt), `a Figure with the alt text "${alt}"`);
}

/** `text` without the links in `links`, wherever a line break cut them. */
function withoutLinks(text, links) {
  const loose = (link) => new RegExp([...link].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s*'), 'g');
  return links.reduce((rest, link) => rest.replace(loose(link), ' '), text);
}

function assertOnlyKnownWords(pdf, doc, links) {
  const allowed = allowedWords(doc);
  const unknown = [...new Set(wordsOf(withoutLinks(pdf.text, links)).filter((word) => !allowed.has(word.toLowerCase())))];
  assert.deepEqual(unknown, [], 'every word comes from the document, the UI strings or the request');
}

const [en, es] = ['en', 'es'].map((lang) => defaultExplainer.find((doc) => doc.lang === lang));
const rats = exampleDocument('rat-study.example.json');
let enA4;

before(async () => {
  enA4 = await handoutOf('en-a4', ['--url', URL_GIVEN]);
});

test('handout (English, A4, --url): in order, two pages at most, tagged, only known words, the link printed', () => {
  assert.ok(enA4.pages <= 2, `${enA4.pages} pages`);
  assert.equal(enA4.info.Language, 'en');
  assertInOrder(enA4.text, [...expectedOrder(en), offPageStrings.en.scanToRead]);
  // The printed link may wrap anywhere: read without the line breaks.
  assert.ok(enA4.text.replace(/\s/g, '').endsWith(URL_GIVEN), 'the link is printed last');
  assert.match(enA4.text, /In mice/);
  assertTagged(enA4, en);
  assertOnlyKnownWords(enA4, en, [URL_GIVEN, 'https://doi.org/10.1073/pnas.1815515116']);
  // "Not reported" where the source gives no result for a group.
  assert.ok(enA4.text.includes(strings.en.chart.notReported), 'says where a result is not reported');
});

test('handout: the same request gives the same bytes (the PDF dates are the document status date)', () => {
  const again = join(dir, 'en-a4-again.pdf');
  assert.equal(cli(['handout', '--out', again, '--url', URL_GIVEN]).status, 0);
  assert.ok(readFileSync(again).equals(readFileSync(enA4.file)), 'byte-identical');
  assert.match(readFileSync(again, 'latin1'), /\/CreationDate \(D:20190311000000/);
});

test('handout (Spanish, Letter): in order, two pages at most, tagged, only known words', async () => {
  const pdf = await handoutOf('es-letter', ['--lang', 'es', '--paper', 'letter']);
  assert.ok(pdf.pages <= 2, `${pdf.pages} pages`);
  assert.match(readFileSync(pdf.file, 'latin1'), /\/MediaBox \[0 0 612 792\]/);
  assert.equal(pdf.info.Language, 'es');
  assertInOrder(pdf.text, expectedOrder(es));
  assert.match(pdf.text, /En ratones/);
  assertTagged(pdf, es);
  assertOnlyKnownWords(pdf, es, ['https://doi.org/10.1073/pnas.1815515116']);
  assert.ok(!pdf.text.includes(offPageStrings.es.scanToRead), 'no QR text without --url');
});

test('handout (clinician, English, Letter): still two pages at most', async () => {
  const pdf = await handoutOf('clinician', ['--audience', 'clinician', '--paper', 'letter', '--url', URL_GIVEN]);
  assert.ok(pdf.pages <= 2, `${pdf.pages} pages`);
});

test('handout of another study (--doc, rats): its own animals, never "mice"', async () => {
  const file = join(ROOT, 'docs/examples/rat-study.example.json');
  const pdf = await handoutOf('rats', ['--doc', file]);
  assert.ok(pdf.pages <= 2);
  assertInOrder(pdf.text, [strings.en.common.exampleNotice, ...expectedOrder(rats)]);
  assert.match(pdf.text, /In rats/);
  assert.doesNotMatch(pdf.text, /\bmice\b/i);
  assertTagged(pdf, rats);
  assertOnlyKnownWords(pdf, rats, []);
});

test('handout: a bad request is one line and exit code 1', () => {
  const bad = cli(['handout', '--out', join(dir, 'x.pdf'), '--paper', 'a3']);
  assert.equal(bad.status, 1);
  assert.equal(bad.stderr.trim(), "study-explainers handout: paper 'a3': one of a4, letter");
  const noChrome = cli(['handout', '--out', join(dir, 'x.pdf')], { CHROME_PATH: join(dir, 'no-chromium') });
  assert.equal(noChrome.status, 1);
  assert.match(noChrome.stderr.trim(), /^study-explainers handout: needs Chromium: none at \S+no-chromium/);
  assert.equal(noChrome.stderr.trim().split('\n').length, 1);
  const noOut = cli(['handout']);
  assert.equal(noOut.status, 2);
  assert.match(noOut.stderr, /--out <file> is needed/);
});

test('handout: the QR code holds the --url link', async () => {
  const { default: jsQR } = await import('jsqr');
  const { PNG } = await import('pngjs');
  const { qrSvg } = await import('../../bin/offpage/qr.js');
  // The handout's own QR code, drawn large by Chromium and read back by a decoder.
  const { withChromium, openPage } = await import('../../bin/offpage/chromium.js');
  const png = await withChromium(async (browser) => {
    const page = await openPage(browser, `<body style="margin:0">${qrSvg(URL_GIVEN).replace('<svg ', '<svg width="400" height="400" ')}</body>`, { width: 400, height: 400 });
    return Buffer.from(await page.screenshot({ type: 'png' }));
  });
  const image = PNG.sync.read(png);
  assert.equal(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data, URL_GIVEN);
  assert.ok(readFileSync(enA4.file).length > 0);
});

test('handout: reading level of the patient text (Flesch–Kincaid for English, Fernández-Huerta for Spanish)', async () => {
  // The content tests' formulas (test/content/readability.ts), bundled for Node.
  const outfile = join(dir, 'readability.mjs');
  await build({ entryPoints: [join(ROOT, 'test/content/readability.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent' });
  const { loadEnglishSyllables, fleschKincaidGrade, fernandezHuerta } = await import(outfile);
  await loadEnglishSyllables();
  const { resolveDocument } = await import('../../bin/offpage/document.js');
  const { handoutWords } = await import('../../bin/offpage/words.js');
  /** The handout's sentences of prose (titles, labels and the source line are not prose). */
  const prose = (lang) => {
    const w = handoutWords(resolveDocument({ lang }));
    return [
      w.takeaway,
      w.evidence.summary,
      ...w.evidence.status,
      w.mechanism.intro,
      ...w.mechanism.steps.map((step) => step.body),
      w.results.summary,
      ...w.results.outcomes.map((o) => o.summary),
      ...(w.forYou?.items ?? []),
    ].filter(Boolean);
  };
  const grade = fleschKincaidGrade(prose('en'));
  const score = fernandezHuerta(prose('es'));
  writeFileSync(join(dir, 'reading-level.txt'), `${grade} ${score}\n`);
  console.log(`# handout reading level: Flesch–Kincaid grade ${grade.toFixed(1)} (English), Fernández-Huerta ${score.toFixed(1)} (Spanish)`);
  assert.ok(grade <= 8, `English grade ${grade.toFixed(1)} above 8`);
  assert.ok(score >= 60, `Spanish score ${score.toFixed(1)} below 60`);
});
