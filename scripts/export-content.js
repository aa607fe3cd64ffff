#!/usr/bin/env node
// Writes the built-in explainer documents as plain JSON (dist/content/<id>.<lang>.json) for
// consumers that cannot run JavaScript: the WordPress plugin renders its server-side fallback
// from these files. Needs `npm run build:lib` first (it reads dist/content/default/index.js).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist/content/default/index.js');
const outDir = join(root, 'dist/content');

/** Writes one JSON file per built-in document; resolves to the written paths. */
export async function exportContent() {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build:lib\` first`);
  const { defaultExplainer } = await import(pathToFileURL(entry).href);
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const doc of defaultExplainer) {
    if (!/^[a-z0-9-]+$/.test(doc.id) || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(doc.lang)) {
      throw new Error(`unexpected document id/lang: ${doc.id}/${doc.lang}`);
    }
    const file = join(outDir, `${doc.id}.${doc.lang}.json`);
    writeFileSync(file, `${JSON.stringify(doc, null, 1)}\n`);
    written.push(file);
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  exportContent().then(
    (files) => files.forEach((file) => console.log(`wrote ${file.slice(root.length + 1)}`)),
    (error) => {
      console.error(`export-content: ${error.message}`);
      process.exit(1);
    },
  );
}
