import type { ExplainerDocument, ExplainerSection } from '../content/types.js';
import { defaultExplainer } from '../content/default/index.js';
import { loadExternal } from './external-content.js';

/**
 * Where the elements get the parts a page may not need: the built-in study, and the code
 * (with the validator) for content from `.data`, inline JSON or `src`.
 * This module imports them statically (the npm entry and the classic bundle). The loader's
 * build (scripts/rollup-loader.js) swaps it for src/loader/lazy-sources.ts, which has the same
 * exports and imports each part only when an element asks for it.
 */

type Maybe<T> = T | Promise<T>;

/**
 * The built-in study's documents, at least the one in `lang` with at least `section` and the
 * study record (here: all of them, whole).
 */
export const defaultDocuments = (lang: string, section: ExplainerSection): Maybe<readonly ExplainerDocument[]> => (void lang, void section, defaultExplainer);

/** Parsing, fetching and validation of content from `.data`, inline JSON or `src`. */
export const loadExternalContent = (): Maybe<typeof loadExternal> => loadExternal;

/** Whether elements far below the viewport wait until they come near before loading content. */
export const deferOffscreen = false;
