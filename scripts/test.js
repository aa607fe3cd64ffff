#!/usr/bin/env node
// `npm test`: typecheck, lint, build, then every browser test; ends with one plain
// "N passed, N failed" line (WTR's own summary is not a plain line) and exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(name, command, args, { env = {}, countsFile } = {}) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  if (countsFile) rmSync(countsFile, { force: true });
  const t0 = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`◀ ${name}: ${ok ? 'ok' : `failed (exit ${result.status ?? result.signal})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (countsFile && existsSync(countsFile)) {
    const counts = readCounts(countsFile);
    totals.passed += counts.passed;
    totals.failed += counts.failed + (counts.sessionErrors ?? 0);
    totals.skipped += counts.skipped;
    if (!ok && counts.failed === 0 && !counts.sessionErrors) totals.failed += 1;
  } else {
    // A step without its own test count (typecheck, lint, build) counts as one check.
    if (ok) totals.passed += 1;
    else totals.failed += 1;
  }
  if (!ok) failedSteps.push(name);
  return ok;
}

/** Our reporters write {passed, failed, skipped}; vitest's JSON report has its own names. */
function readCounts(file) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in data) {
    return { passed: data.numPassedTests, failed: data.numFailedTests, skipped: data.numPendingTests + (data.numTodoTests ?? 0) };
  }
  return data;
}

const npx = (args, options) => ['npx', ['--no-install', ...args], options];
const built = run('build', 'npm', ['run', '--silent', 'build']);
run('typecheck', ...npx(['tsc', '-p', 'tsconfig.json', '--noEmit']));
run('lint', ...npx(['eslint', '.']));
if (built) run('consumer types', ...npx(['tsc', '-p', 'test/types/tsconfig.json']));
if (built) run('package contents', 'node', ['scripts/check-package.js']);
if (built) run('size budget', 'node', ['scripts/size.js', '--check']);
if (built) run('browser tests', ...npx(['web-test-runner'], { countsFile: 'test-results/browser.json' }));
else failedSteps.push('browser tests (not run: build failed)');
if (built) run('wordpress', 'node', ['test/wordpress/run.js'], { countsFile: 'test-results/wordpress.json' });
else failedSteps.push('wordpress (not run: build failed)');
if (built) run('story tests', ...npx(['vitest', 'run', '--config', '.storybook/vitest.config.ts'], { countsFile: 'test-results/storybook.json' }));
else failedSteps.push('story tests (not run: build failed)');

console.log(`\nTime: ${((Date.now() - started) / 1000).toFixed(1)} s${failedSteps.length ? `; failed steps: ${failedSteps.join(', ')}` : ''}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
