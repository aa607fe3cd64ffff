import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter } from 'vitest/node';

type Counts = { passed: number; failed: number; skipped: number };

/**
 * Counts the story tests per browser ("story tests (webkit)") and writes them for scripts/test.js,
 * which prints one group per browser; a test module that failed to load counts as one failure.
 */
export function countsReporter(file: string): Reporter {
  return {
    onTestRunEnd(testModules) {
      const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
      const groups: Record<string, Counts> = {};
      for (const module of testModules) {
        const own = (groups[`story tests (${module.project.config.browser.name})`] ??= { passed: 0, failed: 0, skipped: 0 });
        const states = [...module.children.allTests()].map((test) => test.result().state);
        if (!module.ok() && !states.includes('failed')) states.push('failed');
        for (const state of states) {
          const key = state === 'passed' ? 'passed' : state === 'failed' ? 'failed' : 'skipped';
          own[key] += 1;
          totals[key] += 1;
        }
      }
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ ...totals, groups }));
    },
  };
}
