import type { Arm, Arms, ClaimIds, Text } from '../types.js';
import { combinationComparisonNotStated, combinationVsOthers, doubledRemission, plerixaforVsControl, type ResultNotes, type ResultRows } from './plerixafor-2019.results.js';

const ARMS = ['control', 'plerixafor', 'icb', 'combination'] as const;

/** Each outcome's facts, in the chart's order: which way is better, its claims, its result rows. */
const OUTCOMES = {
  remission: { better: 'more', claims: ['C22'], results: doubledRemission },
  'lung-metastases': { better: 'less', claims: ['C21'], results: combinationComparisonNotStated('less') },
  survival: { better: 'more', claims: ['C21'], results: combinationComparisonNotStated('more') },
  'immune-cells': { better: 'more', claims: ['C21'], results: combinationVsOthers('more') },
  fibroblasts: { better: 'less', claims: ['C21'], results: combinationVsOthers('less') },
  desmoplasia: { better: 'less', claims: ['C21'], results: combinationVsOthers('less') },
  'pl-tissue': { better: 'less', claims: ['C17'], results: plerixaforVsControl('less', 'C17') },
  'pl-vessels': { better: 'less', claims: ['C17'], results: plerixaforVsControl('less', 'C17') },
  'pl-oxygen': { better: 'more', claims: ['C17'], results: plerixaforVsControl('more', 'C17') },
  'pl-lung-metastases': { better: 'less', claims: ['C19'], results: plerixaforVsControl('less', 'C19', 'placebo') },
  'pl-survival': { better: 'more', claims: ['C19'], results: plerixaforVsControl('more', 'C19', 'placebo') },
} satisfies Record<string, OutcomeFacts>;

interface OutcomeFacts {
  better: 'less' | 'more';
  claims: ClaimIds;
  results: ResultRows;
}

/** The arms section's words in one language (plerixafor-2019.<lang>.arms.ts). */
export interface ArmsText {
  title: Text;
  summary: Text;
  takeaway: Text;
  design: Text;
  arms: Record<(typeof ARMS)[number], Omit<Arm, 'id'>>;
  /** `direction`: the words for the outcome's better direction. */
  outcomes: Record<keyof typeof OUTCOMES, { label: Text; shortLabel?: Text; summary: Text; direction: Text }>;
  notes: ResultNotes;
}

/** The arms section (`<study-arms-chart>`) with the words of one language. */
export function plerixaforArms(text: ArmsText): Arms {
  return {
    title: text.title,
    summary: { text: text.summary, claims: ['C21', 'C22'] },
    takeaway: { text: text.takeaway, claims: ['C20', 'C22'] },
    design: { text: text.design, claims: ['C20'] },
    arms: ARMS.map((id) => ({ id, ...text.arms[id] })),
    outcomes: Object.entries<OutcomeFacts>(OUTCOMES).map(([id, { better, claims, results }]) => {
      const { label, shortLabel, summary, direction } = text.outcomes[id as keyof typeof OUTCOMES];
      return { id, label, ...(shortLabel && { shortLabel }), summary, better, directionWords: { [better]: direction }, claims, results: results(text.notes) };
    }),
  };
}
