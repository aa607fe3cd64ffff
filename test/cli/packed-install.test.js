// `node --test test/cli/` (after `npm run build`): what a new user does. The package as `npm pack`
// ships it, installed in a fresh folder, renders with `npx study-explainers render` and no browser:
// Chromium is off the PATH, CHROME_PATH points nowhere, and puppeteer-core is not installed.
// Needs the npm registry or npm's cache for the package's dependencies (lit, @lit-labs/ssr).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'study-explainers-packed-'));
after(() => rmSync(work, { recursive: true, force: true }));

const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'firefox', 'firefox-esr'];

/** A PATH with node, npx and sh only: every other program, every browser among them, is out of reach. */
function pathWithoutBrowsers() {
  const bin = join(work, 'bin');
  mkdirSync(bin);
  const npx = realpathSync(execFileSync('sh', ['-c', 'command -v npx'], { encoding: 'utf8' }).trim());
  symlinkSync(process.execPath, join(bin, 'node'));
  symlinkSync(npx, join(bin, 'npx'));
  symlinkSync('/bin/sh', join(bin, 'sh'));
  return bin;
}

test('in a fresh folder, npm install <packed tarball>, then npx study-explainers render prints the same pre-rendered HTML twice, with no browser', { timeout: 120000 }, () => {
  const packed = join(work, 'packed');
  mkdirSync(packed);
  // No prepack or prepare script: packing ships the dist/ built here.
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', packed], { cwd: root, stdio: 'pipe' });
  const [tarball] = readdirSync(packed);
  const fresh = join(work, 'fresh');
  mkdirSync(fresh);
  writeFileSync(join(fresh, 'package.json'), JSON.stringify({ name: 'fresh', private: true }));
  execFileSync('npm', ['install', join(packed, tarball), '--no-audit', '--no-fund', '--prefer-offline'], { cwd: fresh, stdio: 'pipe' });
  assert.equal(existsSync(join(fresh, 'node_modules/puppeteer-core')), false, 'puppeteer-core is not installed');

  const env = { ...process.env, PATH: pathWithoutBrowsers(), CHROME_PATH: '/nonexistent' };
  delete env.PUPPETEER_EXECUTABLE_PATH;
  for (const dir of env.PATH.split(delimiter)) for (const browser of BROWSERS) assert.equal(existsSync(join(dir, browser)), false, `${browser} in ${dir}`);
  const run = () => spawnSync('npx', ['--no-install', 'study-explainers', 'render', 'mechanism-stepper', '--lang', 'es'], { cwd: fresh, env, encoding: 'utf8' });
  const first = run();
  assert.equal(first.status, 0, first.stderr || first.error?.message);
  assert.equal(first.stderr, '');
  assert.match(first.stdout, /^<mechanism-stepper lang="es"[^>]*><template shadowrootmode="open"><style>/);
  assert.match(first.stdout, /<\/mechanism-stepper>\n$/);
  // Spanish, from the request: the built-in study's Spanish words and controls.
  assert.match(first.stdout, /<div [^>]*part="base"[^>]*lang="es"/);
  assert.match(first.stdout, />Siguiente /);
  const second = run();
  assert.equal(second.status, 0, second.stderr);
  assert.ok(second.stdout === first.stdout, 'identical bytes');
  // The renderer used is the installed package's (not this checkout's).
  assert.ok(existsSync(join(fresh, 'node_modules/study-explainers/dist/server.js')));
  assert.equal(dirname(realpathSync(join(fresh, 'node_modules/.bin/study-explainers'))), join(realpathSync(fresh), 'node_modules/study-explainers/bin'));
});
