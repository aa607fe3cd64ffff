import type { ExplainerDocument, ExplainerSection } from '../content/types.js';
import { freezeDeep } from '../base/freeze.js';
import { DEFAULT_LANGUAGE, supportedLanguage } from '../i18n/languages.js';
import { partModules } from '../content/default/plerixafor-2019.parts.js';

/**
 * The loader's build of src/base/content-sources.ts (same exports): of the built-in study, the
 * study record and the one section an element shows, in one language, each imported the first
 * time an element needs it; and the code for other content, with the validator.
 */

/** One document object per language and section: every badge of a page shows the same one. */
const documents = new Map<string, Promise<readonly ExplainerDocument[]>>();

/**
 * A document with the study record and `section` only: the element reads no other section
 * (ExplainerSection in content/types.ts), and the whole study is the npm entry's and classic bundle's.
 */
export function defaultDocuments(lang: string, section: ExplainerSection): Promise<readonly ExplainerDocument[]> {
  const wanted = supportedLanguage(lang) ?? DEFAULT_LANGUAGE;
  const key = `${wanted}:${section}`;
  let found = documents.get(key);
  if (!found) {
    found = Promise.all([partModules[wanted].study(), partModules[wanted][section]()]).then(([{ part: core }, { part }]) => [
      freezeDeep({ ...core, [section]: part } as unknown as ExplainerDocument),
    ]);
    // A failed import (network) may be retried by the next element.
    found.catch(() => documents.delete(key));
    documents.set(key, found);
  }
  return found;
}

export const loadExternalContent = () => import('../base/external-content.js').then((m) => m.loadExternal);

export const deferOffscreen = true;
