import type { AttributedStatement, AudienceText, Statement } from '../types.js';
import { LIST_ITEMS, STRING_CHARS, WEB_URL } from '../limits.js';
import { isWebUrl } from '../url.js';

/**
 * The validator's lowest module: the Checker that walks a document collecting problems, and the
 * field tables that tie each check to the interface it checks. Every other validator module
 * imports this one and nothing imports them back.
 */

/** One thing wrong with a document, at a JSON path such as `arms.outcomes[1].results[2].arm`. */
export interface ContentProblem {
  path: string;
  message: string;
}

/** Most items in any list not given its own limit (../limits.ts). */
export const MAX_ITEMS = LIST_ITEMS;
/** Past this many problems the validator stops collecting: the document is clearly not ours. */
const MAX_PROBLEMS = 100;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const ID = /^[A-Za-z][\w-]{0,63}$/;
// A claim id may be a bare number ("1", "12"): ledgers are often numbered lists.
export const CLAIM_ID = /^[A-Za-z\d][\w.-]{0,31}$/;

type Obj = Record<string, unknown>;

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The Checker methods a field table names; each is called with (value, path). */
type CheckName = 'string' | 'text' | 'date' | 'url' | 'boolean' | 'statement' | 'statements' | 'claims';
export type CheckFunction = (c: Checker, value: unknown, path: string) => unknown;
/**
 * How to check one field: a Checker method called with (value, path), prefixed with `?` when
 * the field may be left out, or a function for anything more.
 */
export type FieldCheck = CheckName | `?${CheckName}` | CheckFunction;

/**
 * One check for every field of `T`, the optional ones included. A field added to `T` in
 * types.ts is a compile error here until the validator checks it, and so is a check of a
 * field `T` does not have. (`Fields<T, true>`: the same, for a list of field names.)
 */
export type Fields<T, Check = FieldCheck> = { readonly [K in keyof Required<T>]: Check };

/** `Type` once `T` is named; nothing fits while `T` is left out (then it is `unknown`). */
type Named<T, Type> = unknown extends T ? never : Type;

/**
 * Checks an object that has exactly the fields of `shape` (or the `known` ones), in the shape's
 * order. `T` is the interface checked; it is never inferred, so each call names it
 * (`fields<Arm>(…)`).
 */
export function fields<T>(c: Checker, value: unknown, path: string, shape: Named<T, Fields<NoInfer<T>>>, known = Object.keys(shape)): Obj | undefined {
  const obj = c.object(value, path, known);
  if (obj) {
    for (const [key, check] of Object.entries<FieldCheck>(shape)) {
      const field = obj[key];
      if (typeof check === 'function') check(c, field, join(path, key));
      else if (check[0] !== '?' || field !== undefined) c[check.replace('?', '') as CheckName](field, join(path, key));
    }
  }
  return obj;
}

const AUDIENCE_TEXT: Fields<AudienceText, true> = { patient: true, clinician: true };
const AUDIENCE_KEYS = Object.keys(AUDIENCE_TEXT);
const STATEMENT: Fields<Statement> = { text: 'text', claims: 'claims' };
export const ATTRIBUTED_STATEMENT: Fields<AttributedStatement> = { ...STATEMENT, attribution: 'string' };

/** Walks a document once, collecting problems; each check reads only what it knows. */
export class Checker {
  readonly problems: ContentProblem[] = [];
  readonly claimRefs: Array<{ path: string; id: string }> = [];

  problem(path: string, message: string) {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ path, message });
  }

  object(value: unknown, path: string, known: readonly string[]): Obj | undefined {
    if (!isObject(value)) {
      this.problem(path, `expected an object, got ${describe(value)}`);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) this.problem(join(path, key), 'unknown field');
    }
    return value;
  }

  string(value: unknown, path: string, pattern?: RegExp, what = 'string', max: number = STRING_CHARS): value is string {
    if (typeof value !== 'string') {
      this.problem(path, `expected ${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what}, got ${describe(value)}`);
      return false;
    }
    if (value.trim() === '') this.problem(path, 'must not be empty');
    else if (value.length > max) this.problem(path, `longer than ${max} characters`);
    else if (pattern && !pattern.test(value)) this.problem(path, `not a valid ${what}: ${quote(value)}`);
    return true;
  }

  date(value: unknown, path: string) {
    if (!this.string(value, path, DATE, 'date (YYYY-MM-DD)') || !DATE.test(value)) return;
    // The pattern lets 2019-02-30 through; a calendar round trip does not.
    const [year, month, day] = value.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (year < 1 || date.getUTCDate() !== day) this.problem(path, `not a calendar date: ${quote(value)}`);
  }

  url(value: unknown, path: string) {
    if (value === undefined) return;
    if (!isWebUrl(value) || !WEB_URL.test(value)) this.problem(path, `not an http: or https: URL: ${quote(value)}`);
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): value is T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return true;
    this.problem(path, `expected one of ${allowed.join(', ')}, got ${quote(value)}`);
    return false;
  }

  boolean(value: unknown, path: string) {
    if (value !== undefined && typeof value !== 'boolean') this.problem(path, `expected true or false, got ${describe(value)}`);
  }

  array(value: unknown, path: string, min = 0, max: number = MAX_ITEMS): unknown[] {
    if (!Array.isArray(value)) {
      this.problem(path, `expected a list, got ${describe(value)}`);
      return [];
    }
    if (value.length < min) this.problem(path, `needs at least ${min} item${min === 1 ? '' : 's'}`);
    if (value.length > max) {
      this.problem(path, `more than ${max} items`);
      return value.slice(0, max);
    }
    return value;
  }

  /** Reader-facing text, each string at most `max` characters. */
  text(value: unknown, path: string, max?: number) {
    if (!isObject(value)) this.string(value, path, undefined, 'string or { patient, clinician }', max);
    else if (this.object(value, path, AUDIENCE_KEYS)) for (const key of AUDIENCE_KEYS) this.string(value[key], join(path, key), undefined, 'string', max);
  }

  claims(value: unknown, path: string) {
    const ids = this.array(value, path, 1);
    ids.forEach((id, i) => {
      if (this.string(id, `${path}[${i}]`, CLAIM_ID, 'claim id')) this.claimRefs.push({ path: `${path}[${i}]`, id });
    });
  }

  statement(value: unknown, path: string) {
    fields<Statement>(this, value, path, STATEMENT);
  }

  statements(value: unknown, path: string, min = 0) {
    this.array(value, path, min).forEach((item, i) => this.statement(item, `${path}[${i}]`));
  }

  uniqueIds(items: unknown[], path: string): Set<string> {
    const ids = new Set<string>();
    items.forEach((item, i) => {
      if (!isObject(item) || typeof item.id !== 'string') return;
      if (ids.has(item.id)) this.problem(`${path}[${i}].id`, `duplicate id ${quote(item.id)}`);
      ids.add(item.id);
    });
    return ids;
  }
}

export function join(path: string, key: string) {
  return path ? `${path}.${key}` : key;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value;
}

export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : describe(value);
  return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
}
