import { RELATIONS, type OutcomeResult } from '../types.js';
import { describe, fields, isObject, quote, type Checker, type Fields } from './checker.js';
import { alreadyChecked, optional } from './checks.js';

/** A field table for each kind of result, with the fields of that kind only. */
type ResultFields = { readonly [K in OutcomeResult['kind']]: Fields<Extract<OutcomeResult, { kind: K }>> };

function finiteNumber(c: Checker, value: unknown, path: string, positive = false) {
  if (typeof value !== 'number' || !Number.isFinite(value)) c.problem(path, `expected a number, got ${describe(value)}`);
  else if (positive && value <= 0) c.problem(path, 'expected a number above 0');
}

/**
 * Checks one result of an outcome: its arm (one result per arm, `seen` holds those before it),
 * its kind's fields, and the arms it is compared with. True when it is a measured value.
 */
export function checkResult(c: Checker, item: unknown, rpath: string, armIds: Set<string>, seen: Set<string>): boolean {
  if (!isObject(item)) {
    c.problem(rpath, `expected an object, got ${describe(item)}`);
    return false;
  }
  const arm = item.arm;
  if (c.string(arm, `${rpath}.arm`)) {
    if (!armIds.has(arm)) c.problem(`${rpath}.arm`, `unknown arm ${quote(arm)}`);
    if (seen.has(arm)) c.problem(`${rpath}.arm`, `a second result for arm ${quote(arm)}`);
    seen.add(arm);
  }
  // A relation's fields depend on each other: the table checks them in this order.
  let isRelation = false;
  let notStated = false;
  const kinds: ResultFields = {
    measured: {
      arm: alreadyChecked,
      kind: alreadyChecked,
      value: finiteNumber,
      n: (c, n, path) => (!Number.isInteger(n) || (n as number) < 1) && c.problem(path, 'expected a whole number of at least 1'),
      interval: optional((c, iv, path) => {
        if (!Array.isArray(iv) || iv.length !== 2 || !iv.every((x) => typeof x === 'number' && Number.isFinite(x)) || iv[0] > iv[1]) {
          c.problem(path, 'expected [low, high] with low ≤ high');
        }
      }),
      claims: 'claims',
      note: '?text',
    },
    relation: {
      arm: alreadyChecked,
      kind: alreadyChecked,
      relation: (c, relation, path) => (isRelation = c.oneOf(relation, path, RELATIONS)),
      comparison: (c, comparison, path) => {
        notStated = comparison !== undefined && c.oneOf(comparison, path, ['not-stated']);
        // No comparison group: nothing to compare with, and no ratio without one.
        if (notStated && item.relation === 'reference') c.problem(path, `a reference group needs no comparison`);
      },
      to: (c, to, path) => {
        if (notStated) {
          if (to !== undefined) c.problem(path, `leave 'to' out when the comparison is not stated`);
        } else if (item.relation !== 'reference' || to !== undefined) {
          c.array(to, path, isRelation && item.relation !== 'reference' ? 1 : 0).forEach((t, j) => {
            if (!c.string(t, `${path}[${j}]`)) return;
            if (!armIds.has(t)) c.problem(`${path}[${j}]`, `unknown arm ${quote(t)}`);
            else if (t === arm) c.problem(`${path}[${j}]`, 'an arm cannot be compared with itself');
          });
        }
      },
      ratio: optional((c, ratio, path) => {
        finiteNumber(c, ratio, path, true);
        if (item.relation === 'reference' || item.relation === 'similar') c.problem(path, `a ratio needs relation 'less' or 'more'`);
        else if (typeof ratio === 'number' && (item.relation === 'more') !== ratio > 1) {
          c.problem(path, `ratio ${ratio} does not match relation '${String(item.relation)}'`);
        }
        if (!Array.isArray(item.to) || item.to.length !== 1) c.problem(`${rpath}.to`, 'a ratio needs exactly one comparison arm');
      }),
      claims: 'claims',
      note: '?text',
    },
    'not-reported': { arm: alreadyChecked, kind: alreadyChecked, claims: '?claims', note: '?text' },
  };
  const kind = item.kind;
  if (c.oneOf(kind, `${rpath}.kind`, Object.keys(kinds) as Array<keyof ResultFields>)) fields<OutcomeResult>(c, item, rpath, kinds[kind]);
  else if (item.note !== undefined) c.text(item.note, `${rpath}.note`);
  return kind === 'measured';
}
