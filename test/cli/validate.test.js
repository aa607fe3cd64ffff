// `node --test test/cli/`: the `study-explainers validate` command as a user runs it
// (needs `npm run build:lib` for dist/content/validate.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/study-explainers.js');
const example = join(root, 'docs/examples/walking-trial.example.json');
const dir = mkdtempSync(join(tmpdir(), 'se-validate-'));

function validate(...args) {
  const result = spawnSync(process.execPath, [bin, 'validate', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function write(name, text) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

test('a valid document: exit 0 and says so', () => {
  const { code, out, err } = validate(example);
  assert.equal(code, 0, out + err);
  assert.equal(out, '');
  assert.match(err, /walking-trial\.example\.json: valid\./);
});

test('problems: exit 1, one "path: message" line each, with the offending value', () => {
  const doc = JSON.parse(readFileSync(example, 'utf8'));
  doc.study.url = 'javascript:alert(1)';
  doc.evidence.stage = 'phase-9';
  delete doc.schemaVersion;
  const { code, out, err } = validate(write('bad.json', JSON.stringify(doc, null, 2)));
  assert.equal(code, 1);
  const lines = out.trim().split('\n');
  assert.ok(lines.includes("schemaVersion: expected 1, got 'undefined'"), out);
  assert.ok(lines.includes("study.url: not an http: or https: URL: 'javascript:alert(1)'"), out);
  assert.ok(lines.some((l) => l.startsWith('evidence.stage: ') && l.endsWith("got 'phase-9'")), out);
  assert.match(err, /^3 problems found\./);
});

test('a JSON syntax error: exit 1, with file, line and column', () => {
  const file = write('syntax.json', '{\n  "schemaVersion": 1,\n  "id": }\n');
  const { code, out } = validate(file);
  assert.equal(code, 1);
  assert.equal(out.trim(), `${file}:3:9: not valid JSON near '}'`);
});

test('JSON that ends too early: the position is the end of the text', () => {
  const file = write('short.json', '{\n  "a": [1, 2\n');
  const { code, out } = validate(file);
  assert.equal(code, 1);
  assert.equal(out.trim(), `${file}:3:1: not valid JSON (the text ends too early)`);
});

test('a trailing comma is found where it is', () => {
  const file = write('comma.json', '{"a": 1,\n "b": 2,\n}');
  assert.equal(validate(file).out.trim(), `${file}:3:1: not valid JSON near '}'`);
});

test('an unreadable file or no file: exit 2', () => {
  const missing = validate(join(dir, 'nope.json'));
  assert.equal(missing.code, 2);
  assert.match(missing.err, /nope\.json: cannot read \(ENOENT\)/);
  assert.equal(validate().code, 2);
});
