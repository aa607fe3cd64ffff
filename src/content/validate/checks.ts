import { ID, type CheckFunction } from './checker.js';

/** Field checks that more than one section uses, built from the Checker's methods. */

/** For a field the table's caller has checked already (a kind that chose the table, an arm reference). */
export const alreadyChecked: CheckFunction = () => undefined;
export const optional = (check: CheckFunction): CheckFunction => (c, value, path) => value !== undefined && check(c, value, path);
export const matching = (pattern: RegExp, what: string): CheckFunction => (c, value, path) => c.string(value, path, pattern, what);
export const oneOf = (allowed: readonly string[]): CheckFunction => (c, value, path) => c.oneOf(value, path, allowed);
export const listOf = (check: CheckFunction, min = 0, max?: number): CheckFunction => (c, value, path) =>
  c.array(value, path, min, max).forEach((item, i) => check(c, item, `${path}[${i}]`));
export const anyString: CheckFunction = (c, value, path) => c.string(value, path);
export const statement: CheckFunction = (c, value, path) => c.statement(value, path);
export const id = matching(ID, 'id');

/** A list of objects with unique ids, each checked by `item`; the ids go into `ids`. */
export const withIds = (item: CheckFunction, ids = new Set<string>(), max?: number): CheckFunction => (c, value, path) => {
  const items = c.array(value, path, 1, max);
  for (const id of c.uniqueIds(items, path)) ids.add(id);
  items.forEach((it, i) => item(c, it, `${path}[${i}]`));
};
