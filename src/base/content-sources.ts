import type { ExplainerSection } from '../content/types.js';
import type { SectionDocument } from './content-request.js';
import type { loadExternal } from './external-content.js';

type Maybe<T> = T | Promise<T>;

/**
 * Where the elements get the parts a page may not need: the built-in study, and the code (with
 * the validator) for content from `.data`, inline JSON or `src`. The entry points inject them:
 * the npm entry, the define modules and the classic bundle register the static ones
 * (static-sources.ts), the loader the lazy ones (src/loader/lazy-sources.ts), so the base
 * imports neither.
 */
export interface ContentSources {
  /** The built-in study's documents: at least the one in `lang`, with at least `section` and the study record. */
  defaultDocuments<S extends ExplainerSection>(lang: string, section: S): Maybe<readonly SectionDocument<S>[]>;
  /** Parsing, fetching and validation of content from `.data`, inline JSON or `src`. */
  loadExternalContent(): Maybe<typeof loadExternal>;
  /** Whether elements far below the viewport wait until they come near before loading content. */
  deferOffscreen?: boolean;
}

/** The registered sources (a live binding); none yet ends in the error state, see content-loader.ts. */
export let contentSources: ContentSources | undefined;

/** Sets where every element of this copy of the package gets its content; the last call wins. */
export function setContentSources(sources: ContentSources): void {
  contentSources = sources;
}
