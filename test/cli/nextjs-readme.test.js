// `node --test test/cli/`: the README's "Next.js and other server-rendered apps" section shows the
// code the Next.js suite builds and checks (test/nextjs/app/): every block that names an app file
// in its first line has that file's code, comments aside, so the README cannot drift from the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = /^## Next\.js and other server-rendered apps\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
/** Code without comment-only lines: the README names the file where the app explains it. */
const code = (text) => text.split('\n').filter((line) => !/^\s*\/\//.test(line) && line.trim() !== '').join('\n');

test('every app file the README section shows is the test app\'s file', () => {
  assert.ok(section, 'the README has the section');
  const blocks = [...section.matchAll(/```tsx\n\/\/ (app\/[\w/.-]+\.tsx)[^\n]*\n([\s\S]*?)```/g)];
  assert.ok(blocks.length >= 3, `the server page, its client loader and the client component (found ${blocks.length})`);
  for (const [, path, body] of blocks) {
    const file = new URL(`../nextjs/${path}`, import.meta.url);
    assert.ok(existsSync(file), `test/nextjs/${path} exists`);
    assert.equal(code(body), code(readFileSync(file, 'utf8')), path);
  }
});
