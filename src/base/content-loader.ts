import type { ExplainerDocument } from '../content/types.js';
import { defaultDocuments, loadExternalContent } from './content-sources.js';
import { pick, unreadable, type ContentOrigin, type ContentRequest, type LoadResult } from './content-request.js';

export type { ContentOrigin, ContentRequest, FailureReason, LoadResult } from './content-request.js';

/**
 * Resolves an element's content, first match wins: `.data` → inline JSON → `src` → the
 * built-in default study. Never rejects: failures come back as a problem with a JSON path.
 */
export async function loadContent(request: ContentRequest): Promise<LoadResult> {
  const origin: ContentOrigin =
    request.data !== undefined && request.data !== null ? 'data' : request.inline !== null ? 'inline' : request.src ? 'src' : 'default';
  try {
    if (origin === 'default') {
      // The built-in study is checked by the test suite, so it skips the run-time validator.
      return { ok: true, document: pick(await defaultDocuments(request.lang, request.section), request.lang).document as ExplainerDocument, origin };
    }
    // Parsing, fetching and validating live apart: a page showing only the built-in study never loads them.
    return (await loadExternalContent())(request, origin);
  } catch (error) {
    return unreadable(error, origin);
  }
}
