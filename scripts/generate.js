#!/usr/bin/env node
// `npm run generate`: writes every file generated from the widget manifest (src/manifest/) and
// the language list (src/i18n/languages.ts), read as compiled by `npm run build:lib`.
// `npm run generate -- --check` writes nothing and exits 1 naming each generated file that is
// missing or differs from what the manifest gives, so a test step fails on a stale file.
// A new kind of generated file is one module in scripts/generate/ returning a Map of
// path (from the repository root) → contents, added to GENERATORS.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { wordpressFiles } from './generate/wordpress.js';
import { contentFiles } from './generate/content.js';
import { entryFiles } from './generate/entries.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GENERATORS = [wordpressFiles, contentFiles, entryFiles];

/** What the generators read: the manifest, the languages and the package version. */
async function loadInputs() {
  const compiled = ['dist/manifest/widgets.js', 'dist/i18n/languages.js', 'dist/content/default/plerixafor-2019.sections.js', 'dist/i18n/common.strings.js'].map((file) => join(root, file));
  const missing = compiled.filter((file) => !existsSync(file));
  if (missing.length) throw new Error(`${missing.join(', ')} missing: run \`npm run build:lib\` first`);
  const [{ WIDGETS, COMMON_OPTIONS }, { LANGUAGES, DEFAULT_LANGUAGE, LANGUAGE_NAMES }, { STUDY_PARTS }, { wordpressFallbackStrings }] = await Promise.all(
    compiled.map((file) => import(pathToFileURL(file).href)),
  );
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return { WIDGETS, COMMON_OPTIONS, LANGUAGES, DEFAULT_LANGUAGE, LANGUAGE_NAMES, STUDY_PARTS, wordpressFallbackStrings, version };
}

/** Every generated file: path (from the repository root) → contents. */
export async function generatedFiles() {
  const inputs = await loadInputs();
  const files = new Map();
  for (const generate of GENERATORS) {
    for (const [path, contents] of generate(inputs)) {
      if (files.has(path)) throw new Error(`${path} is generated twice`);
      files.set(path, contents);
    }
  }
  return files;
}

const current = (path, contents) => existsSync(join(root, path)) && readFileSync(join(root, path), 'utf8') === contents;

/** The generated files that are missing or differ from what the manifest gives (paths from the root). */
export async function staleFiles() {
  return [...(await generatedFiles())].filter(([path, contents]) => !current(path, contents)).map(([path]) => path);
}

async function main(check) {
  const files = await generatedFiles();
  const stale = [...files].filter(([path, contents]) => !current(path, contents));
  if (check) {
    if (stale.length === 0) return console.log(`generate --check: ${files.size} generated files are up to date`);
    console.error(`generate --check: out of date (run \`npm run generate\`):\n${stale.map(([path]) => `  ${path}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }
  for (const [path, contents] of stale) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), contents);
  }
  console.log(`generate: ${files.size} files, ${stale.length} written${stale.length ? `:\n${stale.map(([path]) => `  ${path}`).join('\n')}` : ''}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.includes('--check')).catch((error) => {
    console.error(`generate: ${error.message}`);
    process.exit(1);
  });
}
