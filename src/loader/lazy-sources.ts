import type { ExplainerCore, ExplainerSection } from '../content/types.js';
import type { SectionDocument } from '../base/content-request.js';
import { freezeDeep } from '../util/freeze.js';
import { DEFAULT_LANGUAGE, supportedLanguage } from '../i18n/languages.js';
import { partModules } from '../content/default/plerixafor-2019.parts.js';
import { setContentSources } from '../base/content-sources.js';

/**
 * The loader's content sources (see src/base/content-sources.ts): of the built-in study, the
 * study record and the one section an element shows, in one language, each imported the first
 * time an element needs it; and the code for other content, with the validator. Importing this
 * module registers them: the loader imports it before it defines any element.
 */

/** One document object per language and section (under `${lang}:${section}`): every badge of a page shows the same one. */
const documents = new Map<string, Promise<readonly ExplainerCore[]>>();

/**
 * A document with the study record and `section` only: the element reads no other section
 * (ExplainerSection in content/types.ts), and the whole study is the npm entry's and classic bundle's.
 */
export function defaultDocuments<S extends ExplainerSection>(lang: string, section: S): Promise<readonly SectionDocument<S>[]> {
  const wanted = supportedLanguage(lang) ?? DEFAULT_LANGUAGE;
  const key = `${wanted}:${section}`;
  let found = documents.get(key) as Promise<readonly SectionDocument<S>[]> | undefined;
  if (!found) {
    found = Promise.all([partModules[wanted].study(), partModules[wanted][section]()]).then(([{ part: core }, { part }]) => [
      freezeDeep({ ...core, [section]: part } as SectionDocument<S>),
    ]);
    // A failed import (network) may be retried by the next element.
    found.catch(() => documents.delete(key));
    documents.set(key, found);
  }
  return found;
}

export const loadExternalContent = () => import('../base/external-content.js').then((m) => m.loadExternal);

setContentSources({ defaultDocuments, loadExternalContent, deferOffscreen: true });
