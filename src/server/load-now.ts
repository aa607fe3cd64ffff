import type { ExplainerSection } from '../content/types.js';
import type { Language } from '../i18n/languages.js';
import { contentSources } from '../base/content-sources.js';
import { pick, type LoadResult, type SectionDocument } from '../base/content-request.js';
import type { ContentController, ContentHost } from '../base/content-controller.js';

/*
 * Server rendering only: the base element calls these behind `isServer`. They import nothing the
 * base does not, so browser bundles, which drop the branch, keep their modules, order and chunks.
 */

/**
 * `.data` for `lang`, validated now by the browser's own code: the registered sources'
 * loadExternal (src/base/external-content.ts) answers `.data` at once. Undefined when no sources
 * are registered, or they only load it later (the loader's, which a server never runs).
 */
export function acceptNow(data: unknown, lang: Language, section: ExplainerSection): LoadResult | undefined {
  const load = contentSources?.loadExternalContent();
  if (typeof load !== 'function') return undefined;
  const result = load({ data, inline: null, lang, section, timeout: 0, signal: new AbortController().signal }, 'data');
  return 'ok' in result ? result : undefined;
}

/**
 * The element's content now: Lit's server renderer renders once, synchronously, and never runs the
 * controller's load (hostUpdate). `.data`, or the built-in study. A `src` cannot be fetched in a
 * synchronous render: the element keeps its loading line, as in a browser's first paint
 * (./index.ts refuses a `src` with a clear error before that).
 */
export function loadNow<S extends ExplainerSection>(content: ContentController<S>, host: ContentHost, section: S, lang: Language): void {
  if (content.document || content.problem) return;
  const { data } = host;
  let result: LoadResult<S> | undefined;
  if (data !== undefined && data !== null) result = acceptNow(data, lang, section) as LoadResult<S> | undefined;
  else if (!host.src) {
    const documents = contentSources?.defaultDocuments(lang, section);
    if (Array.isArray(documents)) result = { ok: true, document: pick(documents, lang).document as SectionDocument<S>, origin: 'default' };
  }
  if (result) content.settle(result, lang);
}
