import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

/**
 * Counts test results, in total and per browser ("chromium", "firefox"), and writes them for
 * scripts/test.js to print.
 */
export function countsReporter({ file = 'test-results/browser.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0, browsers: {} };
      for (const session of sessions) {
        const name = /chrom/i.test(session.browser.name) ? 'chromium' : session.browser.name.toLowerCase();
        const own = (totals.browsers[name] ??= { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 });
        for (const target of [totals, own]) {
          if (session.testResults) count(session.testResults, target);
          if (!session.passed && (session.errors?.length ?? 0) > 0) target.sessionErrors += 1;
        }
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
