// Compile-time proof that the validator's field tables follow src/content/types.ts: checked by
// `npx tsc -p tsconfig.json --noEmit` (never run). Each `@ts-expect-error` fails the check if
// the line under it compiles, so a table type that stopped catching drift breaks the build.
import type { NewsSource, SceneActor, Text } from '../../src/content/types.js';
import { Checker, fields, type Fields } from '../../src/content/validate/checker.js';

/** A table with one check per field, optional ones included, compiles. */
export const news: Fields<NewsSource> = { title: 'string', publisher: 'string', publisherShort: '?string', date: 'date', url: 'url' };

// @ts-expect-error: an optional field (url) without its check
export const withoutOptional: Fields<NewsSource> = { title: 'string', publisher: 'string', publisherShort: '?string', date: 'date' };

// @ts-expect-error: a required field (date) without its check
export const withoutRequired: Fields<NewsSource> = { title: 'string', publisher: 'string', publisherShort: '?string', url: 'url' };

// @ts-expect-error: a check of a field the interface does not have
export const withExtra: Fields<NewsSource> = { title: 'string', publisher: 'string', publisherShort: '?string', date: 'date', url: 'url', author: 'string' };

/** A field added to the interface in types.ts... */
interface NewsSourceWithSummary extends NewsSource {
  summary?: Text;
}
// @ts-expect-error: ...is a compile error in the table until the validator checks it.
export const grown: Fields<NewsSourceWithSummary> = { title: 'string', publisher: 'string', publisherShort: '?string', date: 'date', url: 'url' };

// @ts-expect-error: a check must be a Checker method or a function
export const unknownCheck: Fields<NewsSource> = { title: 'string', publisher: 'string', publisherShort: '?string', date: 'a date', url: 'url' };

/** The tables of a union's members (actors, results) are per member: a tissue has a radius, not a shape. */
type Tissue = Extract<SceneActor, { kind: 'tissue' }>;
export const tissue: Fields<Tissue, true> = { id: true, kind: true, label: true, x: true, y: true, state: true, radius: true };
// @ts-expect-error: the tissue's own field (radius) left out
export const tissueWithoutRadius: Fields<Tissue, true> = { id: true, kind: true, label: true, x: true, y: true, state: true };

/** `fields` names the interface it checks: without it, no table compiles (it is never inferred). */
export function check(c: Checker, value: unknown) {
  fields<NewsSource>(c, value, 'news', { title: 'string', publisher: 'string', publisherShort: '?string', date: 'date', url: 'url' });
  // @ts-expect-error: no interface named, so the table's fields are unknown
  fields(c, value, 'news', { title: 'string', publisher: 'string', publisherShort: '?string', date: 'date', url: 'url' });
  // @ts-expect-error: the call's table misses a field of the interface it names
  fields<NewsSource>(c, value, 'news', { title: 'string', publisher: 'string', publisherShort: '?string', date: 'date' });
}
