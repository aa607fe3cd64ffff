import type { Arm, Arms, Outcome } from '../types.js';
import { fields, quote, type Checker, type Fields } from './checker.js';
import { id, listOf, oneOf, optional, withIds } from './checks.js';
import { checkComparisons, checkResult } from './results.js';

/** Checks `arms`: the groups, and each outcome's results against them. */
export function checkArms(c: Checker, value: unknown, path: string) {
  const armIds = new Set<string>();
  fields<Arms>(c, value, path, {
    title: 'text',
    summary: 'statement',
    takeaway: '?statement',
    design: 'statement',
    arms: withIds((c, arm, path) => fields<Arm>(c, arm, path, { id, label: 'text', shortLabel: 'string', description: '?text' }), armIds),
    outcomes: withIds((c, outcome, path) => checkOutcome(c, outcome, path, armIds)),
  });
}

type DirectionWords = NonNullable<Outcome['directionWords']>;
/** Each direction's words are text. */
const DIRECTION_WORDS: Fields<DirectionWords> = { less: 'text', more: 'text', similar: 'text' };

function checkOutcome(c: Checker, value: unknown, path: string, armIds: Set<string>) {
  let hasMeasured = false;
  const seen = new Map<unknown, Record<string, unknown>>();
  const outcome = fields<Outcome>(c, value, path, {
    id,
    label: 'text',
    shortLabel: '?text',
    summary: '?text',
    unit: '?text',
    better: optional(oneOf(['less', 'more'])),
    directionWords: optional((c, value, path) => {
      const words = c.object(value, path, Object.keys(DIRECTION_WORDS));
      // In the document's order, and a misspelt direction too (reported unknown above).
      if (words) {
        for (const [k, v] of Object.entries(words)) c.text(v, `${path}.${k}`);
      }
    }),
    claims: 'claims',
    results: listOf((c, item, rpath) => {
      if (checkResult(c, item, rpath, armIds, seen)) hasMeasured = true;
    }, 1),
  });
  if (outcome && hasMeasured && outcome.unit === undefined) c.problem(`${path}.unit`, 'measured values need a unit');
  if (outcome) {
    // One result for every arm: left out, the chart would blame the source for the author's omission.
    for (const arm of armIds) if (!seen.has(arm)) c.problem(`${path}.results`, `no result for arm ${quote(arm)}`);
    checkComparisons(c, outcome.results, path, seen);
  }
}
