// `node --test test/cli/`: `npm start`'s serve step (`npm run serve`) on a port another server holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('a busy port: the serve step names it, says how to choose another, and exits non-zero', async () => {
  const holder = createServer();
  await new Promise((resolve) => holder.listen(0, resolve));
  const { port } = holder.address();
  try {
    const child = spawn(process.execPath, ['node_modules/@web/dev-server/dist/bin.js', '--config', 'web-dev-server.config.js'], {
      cwd: root,
      env: { ...process.env, PORT: String(port) },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // A server that did start would never exit: stop it after a while so the test fails rather than hangs.
    const timer = setTimeout(() => child.kill(), 20000);
    const status = await new Promise((resolve) => child.on('close', (code) => resolve(code)));
    clearTimeout(timer);
    assert.notEqual(status, 0, output);
    assert.notEqual(status, null, `the server started on a busy port: ${output}`);
    assert.match(output, new RegExp(`Port ${port} is busy`));
    assert.match(output, new RegExp(`PORT=${port + 1} npm start`));
    assert.doesNotMatch(output, /\n\s+at /, 'no stack trace');
  } finally {
    holder.close();
  }
});
