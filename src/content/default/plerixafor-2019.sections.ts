import type { ExplainerCore, ExplainerDocument, ExplainerSection } from '../types.js';
import type { Language } from '../../i18n/languages.js';
import { plerixaforStudy, type StudyText } from './plerixafor-2019.study.js';
import { plerixaforEvidence, type EvidenceText } from './plerixafor-2019.evidence.js';
import { plerixaforMechanism, type MechanismText } from './plerixafor-2019.mechanism.js';
import { plerixaforArms, type ArmsText } from './plerixafor-2019.arms.js';

/** The parts of the built-in study the loader fetches apart: the study record, and each element's section. */
export type StudyPart = 'study' | ExplainerSection;

/** Every word of the built-in study in one language (plerixafor-2019.<lang>.text.ts), by part. */
export interface StudyWords {
  study: StudyText;
  evidence: EvidenceText;
  mechanism: MechanismText;
  arms: ArmsText;
}

/** What each part is: the study record, or one section of the document. */
export interface StudyParts {
  study: ExplainerCore;
  evidence: ExplainerDocument['evidence'];
  mechanism: ExplainerDocument['mechanism'];
  arms: ExplainerDocument['arms'];
}

/**
 * Each part of the built-in study in one language: its facts (plerixafor-2019.<part>.ts) with
 * that language's words. The generated per-language part modules call these (scripts/generate.js).
 */
export const buildPart: { [P in StudyPart]: (lang: Language, words: StudyWords) => StudyParts[P] } = {
  study: (lang, words) => plerixaforStudy(lang, words.study),
  evidence: (_lang, words) => plerixaforEvidence(words.evidence),
  // The stepper's mark on steps seen in mice is the badge's short subjects label: one word choice per language.
  mechanism: (_lang, words) => ({ ...plerixaforMechanism(words.mechanism), subjectsLabel: words.evidence.subjectsShort }),
  arms: (_lang, words) => plerixaforArms(words.arms),
};

/** The study's parts in order: the record first, then the sections as the document lists them. */
export const STUDY_PARTS = Object.keys(buildPart) as StudyPart[];
