#!/usr/bin/env node
// Prints raw, gzip and brotli bytes of the built bundles (run `npm run build` first).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export function sizes(file) {
  const raw = readFileSync(file);
  return {
    file,
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const files = process.argv.slice(2).length ? process.argv.slice(2) : ['dist/study-explainers.min.js'];
if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = files.filter((f) => existsSync(f)).map(sizes);
  if (rows.length === 0) {
    console.error('No bundle found: run `npm run build` first.');
    process.exit(1);
  }
  console.table(Object.fromEntries(rows.map(({ file, ...r }) => [file, r])));
}
