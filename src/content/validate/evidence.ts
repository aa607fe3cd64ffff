import { PEER_REVIEW, STAGES, STUDY_TYPES, SUBJECTS, type AttributedStatement, type Evidence, type EvidenceLabel } from '../types.js';
import { ATTRIBUTED_STATEMENT, fields, type Checker, type CheckFunction } from './checker.js';
import { listOf, statement } from './checks.js';

/** Checks `evidence`: the labels, each with a definition, and the statements about the study. */
export function checkEvidence(c: Checker, value: unknown, path: string) {
  // Every label the document uses needs a definition.
  const used: string[] = [];
  const label = (allowed: readonly string[]): CheckFunction => (c, value, path) => {
    if (c.oneOf(value, path, allowed)) used.push(value);
  };
  const labels: readonly EvidenceLabel[] = [...PEER_REVIEW, ...STUDY_TYPES, ...SUBJECTS, ...STAGES];
  fields<Evidence>(c, value, path, {
    peerReview: label(PEER_REVIEW),
    studyTypes: listOf(label(STUDY_TYPES), 1),
    subjects: listOf(label(SUBJECTS), 1),
    stage: label(STAGES),
    statusAsOf: 'date',
    summary: 'statement',
    subjectsShort: '?text',
    details: 'statements',
    status: listOf(statement, 1),
    caveats: listOf((c, item, path) => fields<AttributedStatement>(c, item, path, ATTRIBUTED_STATEMENT)),
    forReaders: '?statements',
    // Keyed by the label constants the EvidenceLabel type is made of, so it cannot drift from them.
    definitions: (c, value, path) => {
      const defs = c.object(value, path, labels);
      if (!defs) return;
      for (const [label, text] of Object.entries(defs)) {
        if (labels.includes(label as never)) c.text(text, `${path}.${label}`);
      }
      for (const label of new Set(used)) {
        if (defs[label] === undefined) c.problem(`${path}.${label}`, `missing definition of the label '${label}'`);
      }
    },
  });
}
