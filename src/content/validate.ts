import { SCHEMA_VERSION, type ExplainerDocument, type LedgerEntry } from './types.js';
import { CLAIM_ID, Checker, fields, isObject, quote, type ContentProblem } from './validate/checker.js';
import { id, matching, optional, withIds } from './validate/checks.js';
import { LANGUAGES, supportedLanguage } from '../i18n/languages.js';
import { checkStudy } from './validate/study.js';
import { checkEvidence } from './validate/evidence.js';
import { checkMechanism } from './validate/mechanism.js';
import { checkArms } from './validate/arms.js';
// Rendering needs isWebUrl without the validator (the loader imports the validator only for
// content from src, inline JSON or .data), so both live in their own module.
import { MAX_STRING, isWebUrl } from './url.js';
export { MAX_STRING, isWebUrl };
export { MAX_ITEMS } from './validate/checker.js';
export type { ContentProblem };

export interface ValidationResult {
  valid: boolean;
  problems: ContentProblem[];
  /** The input, typed, when it is valid. */
  document?: ExplainerDocument;
}

export interface ValidateOptions {
  /** Known claim ids; when given (or when the document has a `ledger`), unknown ids are problems. */
  claimIds?: Iterable<string>;
}

// BCP 47 in short: a language, then subtags of 1 to 8 letters or digits (a one-letter one starts an
// extension, as in en-US-u-nu-latn).
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z\d]{1,8})*$/;

function checkDocument(c: Checker, input: unknown, options: ValidateOptions) {
  const known = new Set(options.claimIds ?? []);
  // Read ahead by the sections that depend on them (each is checked in its own place).
  const top = isObject(input) ? input : {};
  const lang = supportedLanguage(typeof top.lang === 'string' ? top.lang : null);
  const subjectsShort = isObject(top.evidence) && top.evidence.subjectsShort !== undefined;
  const doc = fields<ExplainerDocument>(c, input, '', {
    $schema: '?string',
    schemaVersion: (c, version, path) => version !== SCHEMA_VERSION && c.problem(path, `expected ${SCHEMA_VERSION}, got ${quote(version)}`),
    id,
    // The widgets' words are in the document's language: one they have none in would mix two.
    lang: (c, value, path) =>
      c.string(value, path, LANGUAGE_TAG, 'language tag') &&
      LANGUAGE_TAG.test(value) &&
      !lang &&
      c.problem(path, `the widgets have no words in ${quote(value)}, so readers would see two languages: write the document in one of ${LANGUAGES.join(', ')}`),
    example: 'boolean',
    study: checkStudy,
    evidence: checkEvidence,
    mechanism: (c, value, path) => checkMechanism(c, value, path, subjectsShort),
    arms: checkArms,
    // Each entry once: a second entry with the same id would make a claim point at two texts.
    ledger: optional(
      withIds((c, entry, path) => fields<LedgerEntry>(c, entry, path, { id: matching(CLAIM_ID, 'claim id'), text: '?string', section: '?string' }), known),
    ),
  });
  if (doc && (doc.ledger !== undefined || options.claimIds !== undefined)) {
    for (const ref of c.claimRefs) if (!known.has(ref.id)) c.problem(ref.path, `unknown claim id ${quote(ref.id)}`);
  }
}

/**
 * Checks that `input` is an explainer document and lists every problem with its JSON path.
 * Never throws, whatever the input (null, arrays, cycles, proxies, huge or deep values).
 */
export function validateExplainer(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const c = new Checker();
  try {
    checkDocument(c, input, options);
  } catch (error) {
    c.problem('', `could not be read: ${error instanceof Error ? error.message : 'unknown error'}`);
  }
  const valid = c.problems.length === 0;
  return { valid, problems: c.problems, document: valid ? (input as ExplainerDocument) : undefined };
}

/** "arms.outcomes[1].results[2].arm: unknown arm 'icb2'". */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.path || '(document)'}: ${problem.message}`;
}
