#!/usr/bin/env node
// `npm run build:schema`: writes dist/explainer.schema.json (package export
// `study-explainers/schema.json`) from the `ExplainerDocument` type in
// src/content/types.ts, so the JSON Schema and the TypeScript types never drift apart.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import { withLimits } from './schema-limits.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'dist/explainer.schema.json');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

const generator = createGenerator({
  path: resolve(root, 'src/content/types.ts'),
  tsconfig: resolve(root, 'tsconfig.json'),
  type: 'ExplainerDocument',
  expose: 'export',
  topRef: true,
  jsDoc: 'extended',
  // Like the run-time validator: an unknown field (a typo) is an error.
  additionalProperties: false,
  skipTypeCheck: true,
});
const generated = generator.createSchema('ExplainerDocument');

const schema = {
  $schema: generated.$schema,
  $id: `https://unpkg.com/study-explainers@${version}/dist/explainer.schema.json`,
  title: 'Study explainer document',
  description:
    'One study, in one language, for <mechanism-stepper>, <study-arms-chart> and <evidence-badge>. ' +
    'Generated from src/content/types.ts; `npx study-explainers validate file.json` also checks what a schema cannot ' +
    '(claim ids against a ledger, arm references, dates, ratios).',
  $ref: generated.$ref,
  definitions: withLimits(generated.definitions),
};

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${out.slice(root.length + 1)} (${Object.keys(schema.definitions ?? {}).length} definitions)`);
