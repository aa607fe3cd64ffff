import type { ExplainerDocument } from '../content/types.js';

/**
 * The loader's build of src/base/content-sources.ts (same exports): the built-in study one
 * language at a time, and the validator, each imported the first time an element needs it.
 */

function freezeDeep<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const part of Object.values(value)) freezeDeep(part);
  }
  return value;
}

export const defaultDocuments = (lang: string): Promise<readonly ExplainerDocument[]> =>
  lang === 'es'
    ? import('../content/default/plerixafor-2019.es.js').then((m) => [freezeDeep(m.plerixafor2019Es)])
    : import('../content/default/plerixafor-2019.en.js').then((m) => [freezeDeep(m.plerixafor2019En)]);

export const loadValidator = () => import('../content/validate.js').then((m) => m.validateExplainer);

export const deferOffscreen = true;
