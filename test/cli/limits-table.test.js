// `node --test test/cli/`: docs/authoring.md's limits table says what src/content/limits.ts holds
// (as built in dist/): one row per limit, with its value, and no row for a limit that is gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LIMITS } from '../../dist/content/limits.js';

const guide = readFileSync(new URL('../../docs/authoring.md', import.meta.url), 'utf8');
const section = guide.slice(guide.indexOf('### Limits'), guide.indexOf('## 2. '));
const rows = Object.fromEntries([...section.matchAll(/^\| `(\w+)` \| ([\d,]+) /gm)].map(([, key, value]) => [key, Number(value.replaceAll(',', ''))]));

test('the guide\'s limits table has every limit of src/content/limits.ts, with its value, and no other', () => {
  assert.deepEqual(rows, { ...LIMITS });
});
