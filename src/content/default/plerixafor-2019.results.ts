import type { OutcomeResult, Text } from '../types.js';

/** The combination against each of the other three groups (C21): the others are the reference. */
export function combinationVsOthers(relation: 'less' | 'more'): OutcomeResult[] {
  const ref = (arm: string): OutcomeResult => ({ arm, kind: 'relation', relation: 'reference', claims: ['C21'] });
  return [ref('control'), ref('plerixafor'), ref('icb'), { arm: 'combination', kind: 'relation', relation, to: ['control', 'plerixafor', 'icb'], claims: ['C21'] }];
}

/**
 * The combination's own result where the source names no comparison group (C21: it "also
 * decreased lung metastases and extended how long the mice lived"). The other groups' results
 * are not reported, and the combination's comparison is marked as not stated.
 */
export function combinationComparisonNotStated(relation: 'less' | 'more'): OutcomeResult[] {
  const absent = (arm: string): OutcomeResult => ({ arm, kind: 'not-reported' });
  return [absent('control'), absent('plerixafor'), absent('icb'), { arm: 'combination', kind: 'relation', relation, comparison: 'not-stated', claims: ['C21'] }];
}

/**
 * Plerixafor against the control (or placebo) group in a separate, single-drug experiment
 * (C17, C19). The other two groups were not in it, and their cells say so (`absentNote`), so
 * no reader takes "not reported" to mean they were tested.
 */
export function plerixaforVsControl(relation: 'less' | 'more', claim: string, absentNote: Text, controlNote?: Text): OutcomeResult[] {
  const control: OutcomeResult = { arm: 'control', kind: 'relation', relation: 'reference', claims: [claim] };
  if (controlNote) control.note = controlNote;
  return [
    control,
    { arm: 'plerixafor', kind: 'relation', relation, to: ['control'], claims: [claim] },
    { arm: 'icb', kind: 'not-reported', note: absentNote },
    { arm: 'combination', kind: 'not-reported', note: absentNote },
  ];
}
