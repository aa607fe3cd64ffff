import { commonStrings, type CommonStrings } from './common.strings.js';
import { LANGUAGES, type Language } from './languages.js';
import { freezeDeep } from '../util/freeze.js';

/**
 * How UI strings are put together, for any element: the common section plus the element's own.
 * Nothing here names an element; the table of every element's strings is src/strings.ts.
 */

/** The section every element has. */
export interface CommonSection {
  common: CommonStrings;
}

/** One element's strings: the common section plus its own under `key` (`{ common, badge }`). */
export type ElementStrings<K extends string, S> = CommonSection & { [key in K]: S };

/** Per-instance overrides, section by section: `el.strings = { stepper: { next: 'Forward' } }`. */
export type StringOverrides<T> = { [K in keyof T]?: Partial<T[K]> };

/** `base` with an instance's overrides laid on top, section by section (unknown sections are ignored). */
export function withOverrides<T extends object>(base: T, overrides?: StringOverrides<T>): T {
  if (!overrides) return base;
  const merged = { ...base };
  for (const key of Object.keys(base) as Array<keyof T>) {
    const extra = overrides[key];
    if (extra && typeof extra === 'object') merged[key] = { ...base[key], ...extra };
  }
  return merged;
}

/**
 * Strings by language, each the common section plus `own`'s (under `key`, when given): one entry
 * per language of the list, each frozen.
 */
export function elementStrings<K extends string, S>(key?: K, own?: Readonly<Record<Language, S>>): Record<Language, ElementStrings<K, S>> {
  // A computed key widens to an index signature: the cast restores `{ [key]: S }`.
  return Object.fromEntries(
    LANGUAGES.map((lang) => [lang, freezeDeep({ common: commonStrings[lang], ...(own && { [key!]: own[lang] }) } as ElementStrings<K, S>)]),
  ) as Record<Language, ElementStrings<K, S>>;
}
