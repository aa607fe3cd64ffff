import type { OutcomeResult, Text } from '../types.js';

/** The words some result rows carry, in one language (the arms text table's `notes`). */
export interface ResultNotes {
  /** On the groups that were not in a separate single-drug test. */
  notInThisTest: Text;
  /** On the control group when it had a placebo. */
  placebo: Text;
}

/** An outcome's result rows, one per arm, with the notes of one language. */
export type ResultRows = (notes: ResultNotes) => OutcomeResult[];

/** C22: the combination against checkpoint inhibitors alone, the source's only ratio; the other groups are not reported. */
export const doubledRemission: ResultRows = () => [
  { arm: 'control', kind: 'not-reported' },
  { arm: 'plerixafor', kind: 'not-reported' },
  { arm: 'icb', kind: 'relation', relation: 'reference', claims: ['C22'] },
  { arm: 'combination', kind: 'relation', relation: 'more', to: ['icb'], ratio: 2, claims: ['C22'] },
];

/** The combination against each of the other three groups (C21): the others are the reference. */
export function combinationVsOthers(relation: 'less' | 'more'): ResultRows {
  const ref = (arm: string): OutcomeResult => ({ arm, kind: 'relation', relation: 'reference', claims: ['C21'] });
  return () => [ref('control'), ref('plerixafor'), ref('icb'), { arm: 'combination', kind: 'relation', relation, to: ['control', 'plerixafor', 'icb'], claims: ['C21'] }];
}

/**
 * The combination's own result where the source names no comparison group (C21: it "also
 * decreased lung metastases and extended how long the mice lived"). The other groups' results
 * are not reported, and the combination's comparison is marked as not stated.
 */
export function combinationComparisonNotStated(relation: 'less' | 'more'): ResultRows {
  const absent = (arm: string): OutcomeResult => ({ arm, kind: 'not-reported' });
  return () => [absent('control'), absent('plerixafor'), absent('icb'), { arm: 'combination', kind: 'relation', relation, comparison: 'not-stated', claims: ['C21'] }];
}

/**
 * Plerixafor against the control group in a separate, single-drug experiment (C17, C19). The
 * other two groups were not in it, and their cells say so, so no reader takes "not reported"
 * to mean they were tested. `controlNote` names the note the control's cell carries, if any.
 */
export function plerixaforVsControl(relation: 'less' | 'more', claim: string, controlNote?: keyof ResultNotes): ResultRows {
  return (notes) => {
    const control: OutcomeResult = { arm: 'control', kind: 'relation', relation: 'reference', claims: [claim] };
    if (controlNote) control.note = notes[controlNote];
    return [
      control,
      { arm: 'plerixafor', kind: 'relation', relation, to: ['control'], claims: [claim] },
      { arm: 'icb', kind: 'not-reported', note: notes.notInThisTest },
      { arm: 'combination', kind: 'not-reported', note: notes.notInThisTest },
    ];
  };
}
