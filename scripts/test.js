#!/usr/bin/env node
// `npm test`: typecheck, lint, build, then every browser test (and the Next.js app's); ends with one plain line of test
// counts per browser and suite, e.g. "chromium: 310 passed, 0 failed; firefox: …; webkit: …" (pipeline steps
// such as build and lint are not tests: they are listed as failed steps instead), exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
/** Test counts by browser or suite, for the closing line. */
const groups = new Map();
const failedSteps = [];

function addCounts(group, counts, ok) {
  const into = groups.get(group) ?? { passed: 0, failed: 0, skipped: 0 };
  into.passed += counts.passed;
  into.failed += counts.failed + (counts.sessionErrors ?? 0);
  into.skipped += counts.skipped;
  groups.set(group, into);
  totals.passed += counts.passed;
  totals.failed += counts.failed + (counts.sessionErrors ?? 0);
  totals.skipped += counts.skipped;
  if (!ok && counts.failed === 0 && !counts.sessionErrors) failedSteps.push(`${group} (no failing test reported)`);
}

function run(name, command, args, { env = {}, countsFile, group = name } = {}) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  if (countsFile) rmSync(countsFile, { force: true });
  const t0 = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`◀ ${name}: ${ok ? 'ok' : `failed (exit ${result.status ?? result.signal})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  // Steps without their own test count (build, typecheck, lint) are not tests: only named if they fail.
  if (countsFile && existsSync(countsFile)) {
    const counts = readCounts(countsFile);
    // Per browser (web-test-runner) or per named group (story tests, one per browser).
    const parts = counts.browsers ?? counts.groups;
    if (parts) for (const [name, own] of Object.entries(parts)) addCounts(name, own, ok);
    else addCounts(group, counts, ok);
  }
  if (!ok) failedSteps.push(name);
  return ok;
}

/** Our reporters write {passed, failed, skipped}, some with `browsers` or `groups` of the same. */
function readCounts(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** node --test's TAP report ends with "# pass N", "# fail N", "# skipped N" lines. */
function tapCounts(file) {
  const text = readFileSync(file, 'utf8');
  const n = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  return { passed: n('pass'), failed: n('fail') + n('cancelled'), skipped: n('skipped') + n('todo') };
}

const npx = (args, options) => ['npx', ['--no-install', ...args], options];
const built = run('build', 'npm', ['run', '--silent', 'build']);
run('typecheck', ...npx(['tsc', '-p', 'tsconfig.json', '--noEmit']));
run('lint', ...npx(['eslint', '.']));
if (built) run('consumer types', ...npx(['tsc', '-p', 'test/types/tsconfig.json']));
if (built) run('package contents', 'node', ['scripts/check-package.js']);
// Files generated from the widget manifest (WordPress blocks and options): stale ones are named.
if (built) run('generated files', 'node', ['scripts/generate.js', '--check']);
if (built) run('size budget', 'node', ['scripts/size.js', '--check']);
if (built) {
  const tap = 'test-results/cli.tap';
  rmSync(tap, { force: true });
  mkdirSync('test-results', { recursive: true }); // node --test does not create the report's folder
  const ok = run('cli tests', 'node', ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, 'test/cli/']);
  if (existsSync(tap)) addCounts('cli', tapCounts(tap), ok);
} else failedSteps.push('cli tests (not run: build failed)');
// One browser per run, so the closing line counts each browser's tests on their own.
// WebKit is WebKitGTK's MiniBrowser through WebKitWebDriver (Debian: webkit2gtk-driver, xvfb).
const browsers = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',');
for (const browser of browsers) {
  const step = `browser tests (${browser})`;
  if (built) run(step, ...npx(['web-test-runner'], { countsFile: 'test-results/browser.json', env: { BROWSERS: browser } }));
  else failedSteps.push(`${step} (not run: build failed)`);
}
if (built) run('wordpress', 'node', ['test/wordpress/run.js'], { countsFile: 'test-results/wordpress.json' });
else failedSteps.push('wordpress (not run: build failed)');
// A Next.js app (app router) with the packed package: server and client components, in Chromium.
if (built) run('nextjs', 'node', ['test/nextjs/run.js'], { countsFile: 'test-results/nextjs.json' });
else failedSteps.push('nextjs (not run: build failed)');
// Stories in Chromium and WebKit, in one run (one start of Vite); counted per browser.
const storyBrowsers = browsers.filter((browser) => browser === 'chromium' || browser === 'webkit');
if (!storyBrowsers.length) console.log('\n▷ story tests: not run (they run in chromium and webkit)');
else if (built) run('story tests', ...npx(['vitest', 'run', '--config', '.storybook/vitest.config.ts'], { countsFile: 'test-results/storybook.json', env: { BROWSERS: storyBrowsers.join(',') } }));
else failedSteps.push('story tests (not run: build failed)');

console.log(`\nTime: ${((Date.now() - started) / 1000).toFixed(1)} s${failedSteps.length ? `; failed steps: ${failedSteps.join(', ')}` : ''}`);
const line = (c) => `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`;
console.log([...groups].map(([group, counts]) => `${group}: ${line(counts)}`).join('; ') || 'no test counts');
process.exit(failedSteps.length || totals.failed ? 1 : 0);
