// `node --test test/cli/` (after `npm run build`): what CONTRIBUTING.md's "Add a widget" asks
// for beyond what the compiler checks: each widget of the manifest has its folder of files, its
// stories and its tests, and the package's main entry exports its class.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { WIDGETS } = await import('../../dist/manifest/widgets.js');
const main = await import('../../dist/index.js');

for (const { tag, className } of Object.values(WIDGETS)) {
  test(`${tag}: its files, stories and tests, and its class from the main entry`, () => {
    const missing = [
      `src/components/${tag}/${tag}.ts`,
      `src/components/${tag}/${tag}.styles.ts`,
      `src/components/${tag}/${tag}.strings.ts`,
      `src/components/${tag}/define.ts`,
      `stories/${tag}.stories.ts`,
    ].filter((path) => !existsSync(join(root, path)));
    assert.deepEqual(missing, [], 'files CONTRIBUTING.md asks for');
    const tests = existsSync(join(root, 'test', tag)) ? readdirSync(join(root, 'test', tag)).filter((file) => file.endsWith('.test.ts')) : [];
    assert.ok(tests.length > 0, `browser tests in test/${tag}/`);
    assert.equal(typeof main[className], 'function', `study-explainers exports ${className}`);
  });
}
