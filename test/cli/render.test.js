// `node --test test/cli/`: the `study-explainers render` command as a user runs it (needs
// `npm run build` for the classic bundle, and Debian's chromium).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(fileURLToPath(new URL('../..', import.meta.url)), 'bin/study-explainers.js');

test('render --csp: the chart as declarative shadow DOM, and the style-src source of its one <style>', () => {
  const result = spawnSync(process.execPath, [bin, 'render', 'study-arms-chart', '--lang', 'es', '--csp'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^<study-arms-chart lang="es"><template shadowrootmode="open"><style>/);
  // Whole, however long (the Spanish chart is over 64 KB, where an early exit can cut a pipe).
  assert.match(result.stdout, /<\/study-arms-chart>\n$/);
  const styles = [...result.stdout.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
  assert.equal(styles.length, 1);
  // Positions Lit set through the CSSOM travel as rules, so the policy needs no 'unsafe-inline'.
  assert.doesNotMatch(result.stdout, /<[^>]+\sstyle="/);
  const hash = createHash('sha256').update(styles[0], 'utf8').digest('base64');
  assert.equal(result.stderr.trim(), `style-src 'sha256-${hash}'`);
});

test('render: an unknown widget is a usage error on standard error', () => {
  const result = spawnSync(process.execPath, [bin, 'render', 'pie-chart'], { encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /unknown widget 'pie-chart'/);
});
