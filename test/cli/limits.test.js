// `node --test test/cli/`: `validate` and `render` read a document with the widgets' own limits
// (src/content/limits.ts): what the widgets refuse, the CLI refuses (issue #25, defect 4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMITS } from '../../dist/content/limits.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/study-explainers.js');
const example = readFileSync(join(root, 'docs/examples/walking-trial.example.json'), 'utf8').replace(/\s+$/, '');
const dir = mkdtempSync(join(tmpdir(), 'se-limits-'));

const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
function write(name, text) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}
/** The example padded with spaces to exactly `chars` characters (plus a byte order mark, which the widgets' decoder drops). */
const padded = (name, chars) => write(name, `\ufeff${example}${' '.repeat(chars - example.length)}`);

test('validate: a document of exactly the widgets\' limit is valid, one character more is not', () => {
  assert.equal(run('validate', padded('at.json', LIMITS.documentChars)).status, 0);
  const past = run('validate', padded('past.json', LIMITS.documentChars + 1));
  assert.equal(past.status, 1);
  assert.match(past.stdout, new RegExp(`larger than ${LIMITS.documentChars} characters`));
});

test('render: a document past the widgets\' limit is refused, with the message on standard error', () => {
  const past = run('render', 'evidence-badge', '--doc', padded('past-render.json', LIMITS.documentChars + 1));
  assert.equal(past.status, 1);
  assert.equal(past.stdout, '');
  assert.match(past.stderr, /larger than/);
});

test('validate: a file holding an empty list is not valid (render and the widgets refuse it too)', () => {
  const result = run('validate', write('empty.json', '[]'));
  assert.equal(result.status, 1);
  assert.match(result.stdout, /an empty list holds no document/);
  assert.equal(run('render', 'evidence-badge', '--doc', join(dir, 'empty.json')).status, 1);
});
