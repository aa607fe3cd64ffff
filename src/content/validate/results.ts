import { RELATIONS, type OutcomeResult } from '../types.js';
import { describe, fields, isObject, quote, type Checker, type Fields } from './checker.js';
import { alreadyChecked, optional } from './checks.js';

/** A field table for each kind of result, with the fields of that kind only. */
type ResultFields = { readonly [K in OutcomeResult['kind']]: Fields<Extract<OutcomeResult, { kind: K }>> };

/**
 * The sizes a value may have (besides 0), so that the chart shows it as given: numbers are
 * shown to 10 decimals (a smaller value would read "0", or "-0" below zero), and up to 10^15
 * every whole number is exact, so every digit shown is the document's (beyond, the axis's
 * ticks lose precision, and near 1.7e308 their span overflows to NaN).
 */
const SMALLEST = 1e-10;
const LARGEST = 1e15;

function finiteNumber(c: Checker, value: unknown, path: string, positive = false) {
  const size = Math.abs(value as number);
  if (typeof value !== 'number' || !Number.isFinite(value)) c.problem(path, `expected a number, got ${describe(value)}`);
  else if (positive && value <= 0) c.problem(path, 'expected a number above 0');
  // -0 too: it is shown as "-0".
  else if (Object.is(value, -0) || (value && !(size >= SMALLEST && size <= LARGEST))) {
    c.problem(path, `expected 0 or a size from ${SMALLEST} to ${LARGEST.toExponential()}`);
  }
}

/**
 * Checks one result of an outcome: its arm (one result per arm, `seen` holds those before it, by arm),
 * its kind's fields, and the arms it is compared with. True when it is a measured value.
 */
export function checkResult(c: Checker, item: unknown, rpath: string, armIds: Set<string>, seen: Map<unknown, Record<string, unknown>>): boolean {
  if (!isObject(item)) {
    c.problem(rpath, `expected an object, got ${describe(item)}`);
    return false;
  }
  const arm = item.arm;
  if (c.string(arm, `${rpath}.arm`)) {
    if (!armIds.has(arm)) c.problem(`${rpath}.arm`, `unknown arm ${quote(arm)}`);
    if (seen.has(arm)) c.problem(`${rpath}.arm`, `a second result for arm ${quote(arm)}`);
    seen.set(arm, item);
  }
  // A relation's fields depend on each other: the table checks them in this order.
  let isRelation = false;
  let notStated = false;
  const kinds: ResultFields = {
    measured: {
      arm: alreadyChecked,
      kind: alreadyChecked,
      value: finiteNumber,
      n: (c, n, path) => (!Number.isInteger(n) || (n as number) < 1 || (n as number) > LARGEST) && c.problem(path, `expected a whole number from 1 to ${LARGEST.toExponential()}`),
      interval: optional((c, iv, path) => {
        if (!Array.isArray(iv) || iv.length !== 2 || !iv.every((x) => typeof x === 'number' && Number.isFinite(x)) || iv[0] > iv[1]) {
          c.problem(path, 'expected [low, high] with low ≤ high');
        } else iv.forEach((x, i) => finiteNumber(c, x, `${path}[${i}]`));
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
          const listed = new Set<string>();
          c.array(to, path, isRelation && item.relation !== 'reference' ? 1 : 0).forEach((t, j) => {
            if (!c.string(t, `${path}[${j}]`)) return;
            if (!armIds.has(t)) c.problem(`${path}[${j}]`, `unknown arm ${quote(t)}`);
            else if (t === arm) c.problem(`${path}[${j}]`, 'an arm cannot be compared with itself');
            // "than Usual care and Usual care"
            else if (listed.has(t)) c.problem(`${path}[${j}]`, `${quote(t)} is listed twice`);
            listed.add(t);
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

/** Directions in order: two arms compared both ways agree when their positions add up to 2 (less and more, or similar twice). */
const DIRECTIONS = ['less', 'similar', 'more'];

/**
 * Checks the arms an outcome's relations compare with, once every result is in `byArm`: each
 * has a result (a ratio against "Not reported in the source" says nothing), and two arms
 * compared both ways (neither the reference) agree in direction, and their ratios multiply to
 * 1 give or take 10% for the source's rounding (2 and 0.5, 3 and 0.33). Told at each of the two.
 */
export function checkComparisons(c: Checker, results: unknown, path: string, byArm: Map<unknown, Record<string, unknown>>) {
  if (Array.isArray(results)) {
    results.forEach((a, i) => {
      if (isObject(a) && a.kind === 'relation' && Array.isArray(a.to)) {
        a.to.forEach((id, j) => {
          const b = byArm.get(id);
          const at = `${path}.results[${i}].to[${j}]`;
          const [x, y] = [a, b].map((r) => DIRECTIONS.indexOf(r?.relation as string));
          if (b?.kind === 'not-reported') c.problem(at, `no result for arm ${quote(id)}`);
          else if (Array.isArray(b?.to) && b.to.includes(a.arm) && x >= 0 && y >= 0 && (x + y !== 2 || Math.abs((a.ratio as number) * (b.ratio as number) - 1) > 0.1)) {
            c.problem(at, `contradicts arm ${quote(id)}`);
          }
        });
      }
    });
  }
}
