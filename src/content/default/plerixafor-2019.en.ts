import type { ExplainerDocument } from '../types.js';
import { plerixaforStudyEn } from './plerixafor-2019.en.study.js';
import { plerixaforEvidenceEn } from './plerixafor-2019.en.evidence.js';
import { plerixaforMechanismEn } from './plerixafor-2019.en.mechanism.js';
import { plerixaforArmsEn } from './plerixafor-2019.en.arms.js';

/**
 * The 2019 PNAS plerixafor study, in English. Every statement carries claim ids from the
 * ledger in `../ledger/plerixafor-2019.ledger.ts`; the only numbers are the ones the source
 * states. The facts (ids, claim ids, results, dates) are shared with the Spanish document
 * (`plerixafor-2019.<section>.ts`); the English modules give only the words.
 *
 * One module per section (study record, evidence, mechanism, arms), so the loader can fetch
 * only the sections the elements on a page show.
 */
export const plerixafor2019En: ExplainerDocument = {
  ...plerixaforStudyEn,
  evidence: plerixaforEvidenceEn,
  mechanism: plerixaforMechanismEn,
  arms: plerixaforArmsEn,
};
