import type { ContentProblem } from '../content/validate.js';
import type { ExplainerCore, ExplainerDocument, ExplainerInput, ExplainerSection } from '../content/types.js';
import { supportedLanguage } from '../i18n/languages.js';
import { errorText } from '../util/error-text.js';

/** What an element asks for, what comes back, and what both content paths (built-in, external) share. */

/** Where a document came from, in precedence order. */
export type ContentOrigin = 'data' | 'inline' | 'src' | 'default';

/** What went wrong, in the reader's terms: the document is incomplete, unreadable, or never arrived. */
export type FailureReason = 'incomplete' | 'unreadable' | 'unloaded';

/**
 * The part of a document an element reads: the study record and its own section. Of the built-in
 * study the loader sends no more; other content comes whole.
 */
export type SectionDocument<S extends ExplainerSection> = ExplainerCore & Pick<ExplainerDocument, S>;

export type LoadResult<S extends ExplainerSection = ExplainerSection> =
  | { ok: true; document: SectionDocument<S>; origin: ContentOrigin }
  | { ok: false; problem: ContentProblem; origin: ContentOrigin; reason: FailureReason };

export interface ContentRequest<S extends ExplainerSection = ExplainerSection> {
  data?: unknown;
  /** Text of a child `<script type="application/json">`, or null when there is none. */
  inline: string | null;
  src?: string;
  lang: string;
  /** The section the element shows: of the built-in study, only it and the study record are needed. */
  section: S;
  /** Milliseconds before a `src` fetch gives up. */
  timeout: number;
  signal: AbortSignal;
}

/**
 * The error result for what threw: hostile objects (throwing getters, proxies) must end in the
 * error state, never a rejection ('unreadable'); so must a chunk that did not arrive ('unloaded').
 */
export const failed = (error: unknown, origin: ContentOrigin, reason: 'unreadable' | 'unloaded' = 'unreadable'): LoadResult => ({
  ok: false,
  problem: { path: '', message: `could not be ${reason === 'unloaded' ? 'loaded' : 'read'} (${errorText(error, 'error')})` },
  origin,
  reason,
});

/** Picks the document for `lang` from a list (one per language), else the first. */
export function pick(input: ExplainerInput | readonly ExplainerCore[], lang: string): { document: unknown; index: number } {
  if (!Array.isArray(input)) return { document: input, index: -1 };
  const wanted = supportedLanguage(lang) ?? lang;
  // No document in `lang`: the first.
  const index = Math.max(0, input.findIndex((doc) => typeof doc?.lang === 'string' && doc.lang.toLowerCase().split('-')[0] === wanted));
  return { document: input[index], index };
}
