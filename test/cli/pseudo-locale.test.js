// `node --test test/cli/` (after `npm run build`): a third language is its registry entry and its
// text, as CONTRIBUTING.md says. In a copy of the tree, the test-only pseudo-locale of
// test/pseudo-locale/qps.js is added step by step: the compiler must then name exactly the files
// CONTRIBUTING.md lists; with their tables filled and the study's text written, the copy builds,
// the loader serves the language's own chunks, and the three widgets render at 390 px with no
// untranslated string and no text clipped, spilling out of its widget or overlapping other text.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CODE, REGISTRY, pseudo } from '../pseudo-locale/qps.js';
import { launchChromium } from '../../scripts/browser.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const STUDY_TEXT = 'src/content/default/plerixafor-2019.en.text.ts';
const copy = mkdtempSync(join(tmpdir(), 'pseudo-locale-'));
after(() => rmSync(copy, { recursive: true, force: true }));

/** The `src/…` files that CONTRIBUTING.md's "Add a language" section names. */
function documentedLanguageFiles() {
  const guide = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
  const section = /\n## Add a language\n([\s\S]*?)(?=\n## |$)/.exec(guide)?.[1] ?? '';
  return [...new Set([...section.matchAll(/`(src\/[\w./-]+\.ts)`/g)].map((m) => m[1]))].sort();
}

/** `source` with `code: value` added as the last entry of the object literal of `export const name`. */
function addEntry(source, name, code, value) {
  const start = source.search(new RegExp(`export const ${name}\\b[^=]*=\\s*\\{`));
  assert.ok(start >= 0, `no table ${name}`);
  let i = source.indexOf('{', source.indexOf('=', start));
  let depth = 0;
  let quote = null;
  for (; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '/' && source[i + 1] === '/') i = source.indexOf('\n', i); // a comment's apostrophes are not quotes
    else if (c === '/' && source[i + 1] === '*') i = source.indexOf('*/', i) + 1;
    else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) break;
  }
  const head = source.slice(0, i).trimEnd();
  return `${head}${head.endsWith(',') || head.endsWith('{') ? '' : ','} ${code}: ${value} ${source.slice(i)}`;
}

const inCopy = (command, args) => spawnSync(command, args, { cwd: copy, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
const tsc = () => inCopy(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--pretty', 'false']);
const edit = (path, change) => writeFileSync(join(copy, path), change(readFileSync(join(copy, path), 'utf8')));
/** The built module of `src/….ts` in this checkout's dist/ (the English tables are read from it). */
const built = (path) => import(pathToFileURL(join(root, 'dist', path.replace(/^src\//, '').replace(/\.ts$/, '.js'))).href);

function copyTree() {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\n');
  for (const file of files.filter((f) => f && existsSync(join(root, f)))) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
}

/** Serves the copy's files on a free localhost port. */
async function serveCopy() {
  const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const path = normalize(join(copy, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    if (!path.startsWith(copy) || !existsSync(path)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Every string both built-in documents share (names, ids, DOI, the paper's title): the same in every language. */
function languageNeutralStrings() {
  const [en, es] = ['en', 'es'].map((lang) => JSON.parse(readFileSync(join(root, `dist/content/plerixafor-2019.${lang}.json`), 'utf8')));
  const shared = new Set();
  const walk = (a, b) => {
    if (typeof a === 'string' && a === b) shared.add(a);
    else if (a && typeof a === 'object' && b && typeof b === 'object') for (const key of Object.keys(a)) walk(a[key], b[key]);
  };
  walk(en, es);
  return [...shared].sort((a, b) => b.length - a.length);
}

/** Runs in the page: the text a reader sees or hears in each widget, and the text boxes that break the layout. */
function readWidgets() {
  const report = { texts: [], problems: [] };
  /** Inside a box clipped to nothing (visually hidden for screen readers only, like a table's header row in card view). */
  const clippedAway = (element) => {
    for (let at = element; at && at instanceof Element; at = at.parentElement) {
      const style = getComputedStyle(at);
      if (style.clipPath !== 'none' || (style.overflow !== 'visible' && (at.clientWidth <= 2 || at.clientHeight <= 2))) return true;
    }
    return false;
  };
  for (const host of document.querySelectorAll('mechanism-stepper, study-arms-chart, evidence-badge')) {
    const box = host.getBoundingClientRect();
    const boxes = [];
    const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        for (const name of ['aria-label', 'title', 'alt']) if (node.getAttribute(name)) report.texts.push(node.getAttribute(name));
        const style = getComputedStyle(node);
        const clips = style.overflowX !== 'visible' && node.clientWidth > 2 && !(node instanceof SVGElement);
        if (clips && node.scrollWidth > node.clientWidth + 1 && node.textContent.trim()) report.problems.push(`${host.localName}: clipped text "${node.textContent.trim().slice(0, 60)}"`);
        continue;
      }
      const parent = node.parentElement;
      const text = node.textContent.trim();
      if (!text || !parent || parent.closest('style, template') || !parent.checkVisibility({ visibilityProperty: true })) continue;
      // A link or DOI with break opportunities (<wbr>, src/util/breakable.ts) is one string, read whole.
      let before = node.previousSibling;
      while (before?.nodeType === Node.COMMENT_NODE) before = before.previousSibling;
      if (before?.nodeName === 'WBR' && report.texts.length) report.texts.push(`${report.texts.pop()}${text}`);
      else report.texts.push(text);
      // Visually hidden text (screen readers only) and the picture's labels are not laid out as lines.
      const own = parent.getBoundingClientRect();
      if (own.width <= 2 || own.height <= 2 || parent.closest('svg') || clippedAway(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width < 1 || rect.height < 1) continue;
        if (rect.left < box.left - 1 || rect.right > box.right + 1) report.problems.push(`${host.localName}: "${text.slice(0, 60)}" runs out of the widget`);
        for (const other of boxes) {
          const dx = Math.min(rect.right, other.rect.right) - Math.max(rect.left, other.rect.left);
          const dy = Math.min(rect.bottom, other.rect.bottom) - Math.max(rect.top, other.rect.top);
          if (dx > 1 && dy > 2 && other.node !== node) report.problems.push(`${host.localName}: "${text.slice(0, 40)}" overlaps "${other.text.slice(0, 40)}" at ${Math.round(rect.left)},${Math.round(rect.top + scrollY)}`);
        }
        boxes.push({ rect, node, text });
      }
    }
  }
  return report;
}

test('a new language: the registry entry, the files CONTRIBUTING.md lists (named by the compiler), then it builds and renders', async () => {
  copyTree();

  // 1. The registry entry.
  edit('src/i18n/languages.ts', (source) => {
    let next = source.replace(/(export const LANGUAGES = \[[^\]]*)\]/, `$1, '${CODE}']`);
    for (const [table, value] of Object.entries(REGISTRY)) next = addEntry(next, table, CODE, value);
    return next;
  });
  const first = tsc();
  const named = [...new Set([...first.stdout.matchAll(/^(src\/[^(]+)\(\d+,\d+\): error TS\d+/gm)].map((m) => m[1]))];
  const isGenerated = (file) => readFileSync(join(copy, file), 'utf8').startsWith('// Generated by');
  assert.deepEqual(named.filter((file) => !isGenerated(file)).sort(), documentedLanguageFiles().filter((file) => file !== STUDY_TEXT && !file.startsWith('src/i18n/languages.ts')), `what the compiler names:\n${first.stdout}`);
  assert.deepEqual(named.filter(isGenerated), ['src/content/default/plerixafor-2019.parts.ts'], 'generated until `npm run generate`');

  // 2. Its text tables (here the English ones, in the pseudo-locale), and 3. the study's text.
  for (const file of named.filter((f) => !isGenerated(f))) {
    const english = await built(file);
    edit(file, (source) => {
      let next = source;
      for (const [, table] of source.matchAll(/export const (\w+): Readonly<Record<Language,/g)) next = addEntry(next, table, CODE, JSON.stringify(pseudo(english[table].en)));
      return next;
    });
  }
  const { words } = await built(STUDY_TEXT);
  writeFileSync(join(copy, STUDY_TEXT.replace('.en.', `.${CODE}.`)), `import type { StudyWords } from './plerixafor-2019.sections.js';\n\nexport const words: StudyWords = ${JSON.stringify(pseudo(words))};\n`);

  // 4. Generate, build: no compile error is left.
  tsc(); // emits what generate reads, whatever is still missing
  const generate = inCopy(process.execPath, ['scripts/generate.js']);
  assert.equal(generate.status, 0, generate.stderr);
  for (const step of ['build:lib', 'build:loader']) {
    const result = inCopy('npm', ['run', '--silent', step]);
    assert.equal(result.status, 0, `${step}:\n${result.stdout}\n${result.stderr}`);
  }

  // 5. The widgets, in the pseudo-locale, through the loader, at 390 px.
  writeFileSync(
    join(copy, 'pseudo.html'),
    `<!doctype html><html lang="${CODE}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><script type="module" src="/dist/loader.js"></script></head>` +
      '<body style="margin:0;padding:8px"><mechanism-stepper show-all></mechanism-stepper><study-arms-chart></study-arms-chart><study-arms-chart view="table"></study-arms-chart><evidence-badge variant="full"></evidence-badge></body></html>',
  );
  const server = await serveCopy();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 900 });
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.evaluateOnNewDocument(() => {
      window.__events = [];
      for (const type of ['explainer-ready', 'explainer-error']) document.addEventListener(type, (event) => window.__events.push([type, event.target.localName]));
    });
    await page.goto(`${server.url}/pseudo.html`);
    await page.waitForFunction(() => window.__events.length >= 4, { timeout: 20000 });
    assert.deepEqual(await page.evaluate(() => window.__events.filter(([type]) => type !== 'explainer-ready')), [], 'no widget in its error state');
    for (const part of ['study', 'evidence', 'mechanism', 'arms']) {
      assert.ok(requested.some((path) => path.startsWith(`/dist/chunks/content-${CODE}-${part}-`)), `the loader fetched the ${CODE} ${part} chunk (${requested.join(', ')})`);
    }
    // Kept for people to look at (test-results/ is not committed).
    mkdirSync(join(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(root, 'test-results/pseudo-locale-390.png'), fullPage: true });
    const { texts, problems } = await page.evaluate(readWidgets);
    assert.deepEqual(problems, [], 'text clipped, spilling out or overlapping at 390 px');
    const neutral = languageNeutralStrings();
    const untranslated = texts
      .map((text) => neutral.reduce((rest, name) => rest.split(name).join(' '), text).replace(/https?:\/\/\S+/g, ' '))
      .filter((rest) => /[A-Za-z]{2,}/.test(rest));
    assert.deepEqual(untranslated, [], 'strings not in the pseudo-locale');
    assert.ok(texts.length > 100, `read the widgets' text (${texts.length} strings)`);
  } finally {
    await browser.close();
    server.close();
  }
});
