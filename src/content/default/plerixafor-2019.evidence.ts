import type { ClaimIds, Evidence, Statement, Text } from '../types.js';

/*
 * The evidence section's facts (labels, date, claim ids), the same in every language. Each
 * statement list is keyed by an id that only joins a statement's claims to its words.
 */
const DETAILS = { mice: ['C20'], samples: ['C12', 'C15'], genes: ['C13'] };
const STATUS = { untested: ['C04', 'C06'], trials: ['C06'], approved: ['C02'] };
const CAVEATS = { sledge: ['C07'] };
const FOR_READERS = { why: ['C05'], 'in-mice': ['C04', 'C06'] };
const PEER_REVIEW = 'peer-reviewed';
const STUDY_TYPES = ['experimental', 'observational'] as const;
const SUBJECTS = ['animals', 'human-tissue-samples'] as const;
const STAGE = 'preclinical';

/** The labels this study carries: each needs a definition in every language. */
type Label = typeof PEER_REVIEW | (typeof STUDY_TYPES)[number] | (typeof SUBJECTS)[number] | typeof STAGE;

/** The evidence section's words in one language (plerixafor-2019.<lang>.evidence.ts). */
export interface EvidenceText {
  summary: Text;
  subjectsShort: Text;
  details: Record<keyof typeof DETAILS, Text>;
  status: Record<keyof typeof STATUS, Text>;
  caveats: Record<keyof typeof CAVEATS, { text: Text; attribution: string }>;
  forReaders: Record<keyof typeof FOR_READERS, Text>;
  definitions: Record<Label, Text>;
}

/** Each statement of `claims`, in its order, with its words from `text`. */
const statements = <Id extends string>(claims: Record<Id, ClaimIds>, text: Record<Id, Text>): Statement[] =>
  (Object.keys(claims) as Id[]).map((id) => ({ text: text[id], claims: claims[id] }));

/** The evidence section (`<evidence-badge>`) with the words of one language. */
export function plerixaforEvidence(text: EvidenceText): Evidence {
  return {
    peerReview: PEER_REVIEW,
    studyTypes: [...STUDY_TYPES],
    subjects: [...SUBJECTS],
    stage: STAGE,
    statusAsOf: '2019-03-11',
    summary: { text: text.summary, claims: ['C02', 'C12', 'C20'] },
    subjectsShort: text.subjectsShort,
    details: statements(DETAILS, text.details),
    status: statements(STATUS, text.status),
    caveats: (Object.keys(CAVEATS) as (keyof typeof CAVEATS)[]).map((id) => ({ ...text.caveats[id], claims: CAVEATS[id] })),
    forReaders: statements(FOR_READERS, text.forReaders),
    definitions: text.definitions,
  };
}
