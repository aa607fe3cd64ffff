#!/usr/bin/env node
// `npm run size`: raw, gzip and brotli bytes of the classic bundle and of each element's
// define module bundled alone with Lit (run `npm run build` first).
// `--check`: exits 1 when the classic bundle's gzip size is over package.json "sizeBudget".
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './minify-templates.js';

export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

async function bundleAlone(input) {
  const build = await rollup({ input, plugins: [nodeResolve({ browser: true }), minifyTemplates(), terser({ format: { comments: false } })], onwarn() {} });
  const { output } = await build.generate({ format: 'iife' });
  return Buffer.from(output[0].code);
}

const BUNDLE = 'dist/study-explainers.min.js';
if (!existsSync(BUNDLE)) {
  console.error('No bundle found: run `npm run build` first.');
  process.exit(1);
}
const rows = { [BUNDLE]: sizes(readFileSync(BUNDLE)) };
for (const tag of ['mechanism-stepper', 'study-arms-chart', 'evidence-badge']) {
  rows[`${tag} alone (with Lit, base, content)`] = sizes(await bundleAlone(`dist/components/${tag}/define.js`));
}
console.table(rows);

const budget = JSON.parse(readFileSync('package.json', 'utf8')).sizeBudget;
const gzip = rows[BUNDLE].gzip;
if (budget) {
  const verdict = gzip <= budget.gzip ? 'within' : 'OVER';
  console.log(`classic bundle: ${gzip} B gzip, ${verdict} the budget of ${budget.gzip} B (${budget.why})`);
  if (process.argv.includes('--check') && gzip > budget.gzip) process.exit(1);
}
