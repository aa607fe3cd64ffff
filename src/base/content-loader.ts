import type { ExplainerSection } from '../content/types.js';
import { contentSources } from './content-sources.js';
import { failed, pick, type ContentOrigin, type ContentRequest, type LoadResult, type SectionDocument } from './content-request.js';

export type { ContentOrigin, ContentRequest, FailureReason, LoadResult, SectionDocument } from './content-request.js';

/**
 * Resolves an element's content, first match wins: `.data` → inline JSON → `src` → the
 * built-in default study. Never rejects: failures come back as a problem with a JSON path.
 */
export async function loadContent<S extends ExplainerSection>(request: ContentRequest<S>): Promise<LoadResult<S>> {
  const origin: ContentOrigin =
    request.data !== undefined && request.data !== null ? 'data' : request.inline !== null ? 'inline' : request.src ? 'src' : 'default';
  try {
    // None registered (a class defined without an entry point that injects them) ends in the error state.
    const sources = contentSources!;
    if (origin === 'default') {
      // The built-in study is checked by the test suite, so it skips the run-time validator.
      return { ok: true, document: pick(await sources.defaultDocuments(request.lang, request.section), request.lang).document as SectionDocument<S>, origin };
    }
    // Parsing, fetching and validating live apart: a page showing only the built-in study never loads them.
    return (await sources.loadExternalContent())(request, origin);
  } catch (error) {
    // loadExternal never rejects (it words its own failures): what lands here is a chunk that did not load.
    return failed(error, origin, 'unloaded');
  }
}
