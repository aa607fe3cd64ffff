import { AUDIENCES, type Arm, type Arms, type Outcome } from '../types.js';
import type { Language } from '../../i18n/languages.js';
import { directionWordsProblem } from './direction-words.js';
import { fields, isObject, type Checker, type Fields } from './checker.js';
import { id, listOf, oneOf, optional, withIds } from './checks.js';
import { checkResult } from './results.js';

/** Checks `arms`: the groups, and each outcome's results against them (`lang`: the document's, for the direction words). */
export function checkArms(c: Checker, value: unknown, path: string, lang: Language | null) {
  const armIds = new Set<string>();
  fields<Arms>(c, value, path, {
    title: 'text',
    summary: 'statement',
    takeaway: '?statement',
    design: 'statement',
    arms: withIds((c, arm, path) => fields<Arm>(c, arm, path, { id, label: 'text', shortLabel: 'string', description: '?text' }), armIds),
    outcomes: withIds((c, outcome, path) => checkOutcome(c, outcome, path, armIds, lang)),
  });
}

type DirectionWords = NonNullable<Outcome['directionWords']>;
/** Each direction's words are text. */
const DIRECTION_WORDS: Fields<DirectionWords> = { less: 'text', more: 'text', similar: 'text' };

function checkOutcome(c: Checker, value: unknown, path: string, armIds: Set<string>, lang: Language | null) {
  let hasMeasured = false;
  const seen = new Set<string>();
  const outcome = fields<Outcome>(c, value, path, {
    id,
    label: 'text',
    summary: '?text',
    unit: '?text',
    better: optional(oneOf(['less', 'more'])),
    directionWords: optional((c, value, path) => {
      const words = c.object(value, path, Object.keys(DIRECTION_WORDS));
      // In the document's order, and a misspelt direction too (reported unknown above).
      if (words) {
        for (const [k, v] of Object.entries(words)) {
          c.text(v, `${path}.${k}`);
          // The words go into the chart's sentence, each audience's: each must read there.
          const texts: Array<[string, unknown]> = typeof v === 'string' ? [[`${path}.${k}`, v]] : isObject(v) ? AUDIENCES.map((a) => [`${path}.${k}.${a}`, v[a]]) : [];
          for (const [at, text] of texts) {
            const problem = typeof text === 'string' ? directionWordsProblem(text, k, lang) : undefined;
            if (problem) c.problem(at, problem);
          }
        }
      }
    }),
    claims: 'claims',
    results: listOf((c, item, rpath) => {
      if (checkResult(c, item, rpath, armIds, seen)) hasMeasured = true;
    }, 1),
  });
  if (outcome && hasMeasured && outcome.unit === undefined) c.problem(`${path}.unit`, 'measured values need a unit');
}
