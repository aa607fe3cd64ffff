#!/usr/bin/env node
// Part of `npm run build:lib`, after tsc: the built-in study is written once in src/ (language-
// neutral facts plus one text table per language), but each compiled per-language section module
// (dist/content/default/plerixafor-2019.<lang>.<section>.js) is replaced by the plain data it
// evaluates to. Every bundle then ships each language's section as one literal, beside its own
// words (as small under gzip as a hand-written copy), with no builder code and no import of the
// shared facts from another chunk.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const folder = join(root, 'dist/content/default');
const { STUDY_PARTS } = await import(pathToFileURL(join(folder, 'plerixafor-2019.sections.js')).href);
const SECTION_MODULE = new RegExp(`^plerixafor-2019\\.[a-z]{2,3}(?:-[A-Za-z0-9]+)*\\.(?:${STUDY_PARTS.join('|')})\\.js$`);

/** The module's exports as `export const name = <JSON>;` lines: data only, nothing left to run. */
function literalModule(exports, source) {
  const lines = Object.entries(exports).map(([name, value]) => {
    if (typeof value === 'function') throw new Error(`${source}: export ${name} is a function, not data`);
    return `export const ${name} = ${JSON.stringify(value)};`;
  });
  return `// Baked from src/content/default/${source.replace(/\.js$/, '.ts')} by scripts/bake-content.js.\n${lines.join('\n')}\n`;
}

export async function bakeContent() {
  const baked = [];
  for (const file of readdirSync(folder).filter((name) => SECTION_MODULE.test(name))) {
    const exports = await import(pathToFileURL(join(folder, file)).href);
    writeFileSync(join(folder, file), literalModule(exports, file));
    rmSync(join(folder, `${file}.map`), { force: true }); // it mapped the builder call, which is gone
    baked.push(file);
  }
  if (baked.length === 0) throw new Error(`no section modules found in ${folder}: run tsc first`);
  return baked;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  bakeContent().then(
    (files) => console.log(`bake-content: ${files.length} section modules baked to data`),
    (error) => {
      console.error(`bake-content: ${error.message}`);
      process.exit(1);
    },
  );
}
