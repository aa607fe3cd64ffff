// `node --test test/cli/` (after `npm run build`): the CLI's answers to bad input (issue 25,
// defect 7): messages never on the render's standard output, a document that is not one is not
// the built-in study, unknown languages and audiences are usage errors, and a document's text
// cannot send the terminal escape sequences.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(fileURLToPath(new URL('../..', import.meta.url)), 'bin/study-explainers.js');
const dir = mkdtempSync(join(tmpdir(), 'cli-input-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name, text) => (writeFileSync(join(dir, name), text), join(dir, name));
const cli = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

test('render --doc with invalid JSON: the message on standard error, nothing on standard output', () => {
  const result = cli('render', 'evidence-badge', '--doc', file('broken.json', '{ "id": '));
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /broken\.json:1:\d+: not valid JSON/);
});

test('render --doc null.json fails like validate instead of rendering the built-in study', () => {
  const nullDoc = file('null.json', 'null');
  const render = cli('render', 'evidence-badge', '--doc', nullDoc);
  assert.equal(render.status, 1);
  assert.equal(render.stdout, '');
  assert.match(render.stderr, /\(document\): expected an object, got null/);
  assert.equal(cli('validate', nullDoc).status, 1);
  const empty = cli('render', 'evidence-badge', '--doc', file('empty.json', '[]'));
  assert.equal(empty.status, 1);
  assert.match(empty.stderr, /an empty list holds no document/);
});

test('render --lang xx and --audience god are usage errors naming the allowed values', () => {
  const lang = cli('render', 'evidence-badge', '--lang', 'xx');
  assert.equal(lang.status, 2);
  assert.match(lang.stderr, /--lang 'xx': the widgets speak en, es\./);
  const audience = cli('render', 'evidence-badge', '--audience', 'god');
  assert.equal(audience.status, 2);
  assert.match(audience.stderr, /--audience 'god': one of patient, clinician\./);
});

test('validate prints untrusted key names with their control characters escaped', () => {
  const hostile = file('hostile.json', JSON.stringify({ schemaVersion: 1, ['x\u001b[2J\u001b]0;owned\u0007']: 1 }));
  const result = cli('validate', hostile);
  assert.equal(result.status, 1);
  assert.doesNotMatch(result.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, 'no control character reaches the terminal');
  assert.match(result.stdout, /x\\u001b\[2J\\u001b\]0;owned\\u0007/);
});
