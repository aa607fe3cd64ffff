#!/usr/bin/env node
// `npm run size`: raw, gzip and brotli bytes of the classic bundle and of each element's
// define module bundled alone with Lit (run `npm run build` first).
// `--parts`: what each part (content, validator, strings, styles, Lit) adds to the classic bundle.
// `--check`: exits 1 when the classic bundle's gzip size is over package.json "sizeBudget", or a
// loader figure (the loader, what a page using one widget in one language loads, the classic
// bundle against its size before the loader) is over package.json "loaderBudget", or a file for
// browsers carries server code (src/server/, Lit's server renderer).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './minify-templates.js';

if (!existsSync('dist/manifest/widgets.js')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
// The widgets and languages as declared (src/manifest/, src/i18n/languages.ts), compiled by tsc.
const { WIDGETS } = await import('../dist/manifest/widgets.js');
const { LANGUAGES, DEFAULT_LANGUAGE } = await import('../dist/i18n/languages.js');
const TAGS = Object.keys(WIDGETS);
const SECTIONS = ['study', ...new Set(Object.values(WIDGETS).map((widget) => widget.section))];

export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Bundles `input` as rollup.config.js does; `stubs` maps a module path ending to the code that replaces it. */
async function bundleAlone(input, stubs = {}) {
  const stub = {
    name: 'stub',
    load(id) {
      const key = Object.keys(stubs).find((end) => id.endsWith(end));
      return key === undefined ? null : stubs[key];
    },
  };
  const plugins = [stub, nodeResolve({ browser: true }), minifyTemplates(), terser({ ecma: 2021, format: { comments: false }, compress: { passes: 2 } })];
  const build = await rollup({ input, plugins, onwarn() {} });
  const { output } = await build.generate({ format: 'iife' });
  return Buffer.from(output[0].code);
}

const OTHER_LANGUAGES = LANGUAGES.filter((lang) => lang !== DEFAULT_LANGUAGE);
/** Stubs for the built-in study's part modules in `languages` (plerixafor-2019.<lang>.<part>.js). */
const emptyParts = (languages) =>
  Object.fromEntries(languages.flatMap((lang) => SECTIONS.map((part) => [`content/default/plerixafor-2019.${lang}.${part}.js`, 'export const part = {};'])));
const emptyCss = (name) => `import { css } from 'lit'; export const ${name} = css\`\`;`;
/** What each part adds to the classic bundle: its gzip size minus the bundle's with that part stubbed out. */
const PARTS = {
  [`default content, ${OTHER_LANGUAGES.join(', ')}`]: emptyParts(OTHER_LANGUAGES),
  'default content, every language': emptyParts(LANGUAGES),
  // The words are in each language's section modules (plerixafor-2019.<lang>.<section>.js), baked to JSON-like data.
  'clinician text of the default content': Object.fromEntries(
    LANGUAGES.flatMap((lang) =>
      SECTIONS.map((section) => {
        const file = `content/default/plerixafor-2019.${lang}.${section}.js`;
        return [file, readFileSync(`dist/${file}`, 'utf8').replace(/"?clinician"?:\s*(['"`])(?:\\.|(?!\1).)*\1/gs, 'clinician: ""')];
      }),
    ),
  ),
  'content validator': {
    'content/validate.js':
      'export const MAX_STRING = 4000, MAX_ITEMS = 60; export const isWebUrl = (v) => /^https?:/.test(v); export const validateExplainer = () => ({ ok: true, problems: [] }); export const formatProblem = String;',
  },
  // Each element's own strings table (`<key>Strings`, the manifest's strings key) left empty in every language.
  [`UI strings of the elements (${LANGUAGES.join(', ')})`]: Object.fromEntries(
    Object.values(WIDGETS).map(({ tag, strings }) => [`${tag}/${tag}.strings.js`, `export const ${strings}Strings = ${JSON.stringify(Object.fromEntries(LANGUAGES.map((lang) => [lang, {}])))};`]),
  ),
  'styles (tokens and the elements)': {
    'base/tokens.styles.js': emptyCss('baseStyles'),
    ...Object.fromEntries(TAGS.map((tag) => [`${tag}/${tag}.styles.js`, emptyCss('styles')])),
  },
};

/** `--parts`: where the classic bundle's gzip bytes go, to weigh what a smaller budget would cost. */
async function printParts(total) {
  const rows = {};
  for (const [name, stubs] of Object.entries(PARTS)) rows[name] = { 'gzip B': total - sizes(await bundleAlone('dist/define.js', stubs)).gzip };
  const lit = sizes(await bundleAlone('scripts/size-floor.js')).gzip;
  rows['Lit with one trivial element (the floor)'] = { 'gzip B': lit };
  const counted = ['default content, every language', 'content validator', `UI strings of the elements (${LANGUAGES.join(', ')})`, 'styles (tokens and the elements)'].reduce((sum, name) => sum + rows[name]['gzip B'], lit);
  rows['the rest: element and base code, illustration'] = { 'gzip B': total - counted };
  console.table(rows);
}

const BUNDLE = 'dist/study-explainers.min.js';
if (!existsSync(BUNDLE)) {
  console.error('No bundle found: run `npm run build` first.');
  process.exit(1);
}

const rows = { [BUNDLE]: sizes(readFileSync(BUNDLE)) };
for (const tag of TAGS) {
  rows[`${tag} alone (with Lit, base, content)`] = sizes(await bundleAlone(`dist/components/${tag}/define.js`));
}
console.table(rows);
if (process.argv.includes('--parts')) await printParts(sizes(await bundleAlone('dist/define.js')).gzip);

const budget = JSON.parse(readFileSync('package.json', 'utf8')).sizeBudget;
const gzip = rows[BUNDLE].gzip;
if (budget) {
  const verdict = gzip <= budget.gzip ? 'within' : 'OVER';
  console.log(`classic bundle: ${gzip} B gzip, ${verdict} the budget of ${budget.gzip} B (${budget.why})`);
  if (process.argv.includes('--check') && gzip > budget.gzip) process.exit(1);
}

// The loader (dist/loader.js) and its chunks: what a page pays for the widgets it uses.
const loaderBudget = JSON.parse(readFileSync('package.json', 'utf8')).loaderBudget;
const chunkFiles = existsSync('dist/chunks') ? readdirSync('dist/chunks').filter((f) => f.endsWith('.js')) : [];
if (existsSync('dist/loader.js') && existsSync('dist/chunks')) {
  const files = chunkFiles;
  const chunk = (name) => files.find((f) => f.replace(/-[\w]+\.js$/, '') === name);
  const gzipOf = (path) => sizes(readFileSync(path)).gzip;
  /** A chunk and the chunks it imports statically (what the browser fetches with it). */
  const closure = (path, into = new Set()) => {
    if (into.has(path)) return into;
    into.add(path);
    const code = readFileSync(path, 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
      closure(new URL(spec, `file://${process.cwd()}/${path}`).pathname.slice(process.cwd().length + 1), into);
    }
    return into;
  };
  const pageOf = (...names) => {
    const set = new Set(['dist/loader.js']);
    for (const name of names) closure(`dist/chunks/${chunk(name)}`, set);
    return { gzip: [...set].reduce((sum, f) => sum + gzipOf(f), 0), files: set.size };
  };
  const chunkRows = { 'dist/loader.js': sizes(readFileSync('dist/loader.js')) };
  for (const f of files) chunkRows[`dist/chunks/${f.replace(/-[\w]+\.js$/, '')}`] = sizes(readFileSync(`dist/chunks/${f}`));
  console.table(chunkRows);
  /** The element chunks and, of the built-in study, the study record and each element's section in `lang`. */
  const widgetsIn = (lang, ...tags) => pageOf(`content-${lang}-study`, ...tags.flatMap((tag) => [tag, `content-${lang}-${WIDGETS[tag].section}`]));
  // "badge only, en": every widget alone in every language, then all of them in the default language.
  const pages = Object.fromEntries(LANGUAGES.flatMap((lang) => TAGS.map((tag) => [`${tag.split('-').at(-1)} only, ${lang}`, widgetsIn(lang, tag)])));
  pages[`all ${TAGS.length}, ${DEFAULT_LANGUAGE}`] = widgetsIn(DEFAULT_LANGUAGE, ...TAGS);
  console.log('What a loader page fetches (sum of each file gzipped, as sent):');
  console.table(Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, { 'gzip B': v.gzip, files: v.files }])));
  if (loaderBudget) {
    const widgetMax = Math.max(...Object.entries(pages).filter(([k]) => !k.startsWith('all')).map(([, v]) => v.gzip));
    const checks = [
      ['loader', chunkRows['dist/loader.js'].gzip, loaderBudget.loader],
      ['badge-only page', pages[`badge only, ${DEFAULT_LANGUAGE}`].gzip, loaderBudget.badgePage],
      ['one widget in one language (largest)', widgetMax, loaderBudget.widgetPage],
      ['classic bundle against before the loader', gzip, loaderBudget.classic],
    ];
    let over = false;
    for (const [name, value, limit] of checks) {
      const ok = value <= limit;
      over ||= !ok;
      console.log(`${name}: ${value} B gzip, ${ok ? 'within' : 'OVER'} ${limit} B`);
    }
    console.log(`(${loaderBudget.why})`);
    if (process.argv.includes('--check') && over) process.exit(1);
  }
} else if (process.argv.includes('--check') && loaderBudget) {
  console.error('No dist/loader.js: run `npm run build` first.');
  process.exit(1);
}

// Server code stays out of every file a browser loads: the base's server branches (behind Lit's
// isServer) fold away with their modules. Each pattern is text only server code has.
const SERVER_ONLY = [/@lit-labs\/ssr/, /study-explainers\.server-styles/, /in server code it draws nothing/, /collectResultSync/];
const browserFiles = ['dist/study-explainers.min.js', 'dist/embed.js', 'dist/resize.js', 'dist/loader.js', ...chunkFiles.map((f) => `dist/chunks/${f}`)];
const carrying = browserFiles.filter((file) => existsSync(file) && SERVER_ONLY.some((pattern) => pattern.test(readFileSync(file, 'utf8'))));
console.log(`server code in files for browsers: ${carrying.length ? `FOUND in ${carrying.join(', ')}` : `none (${browserFiles.length} files)`}`);
if (process.argv.includes('--check') && carrying.length) process.exit(1);
