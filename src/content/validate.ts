import {
  AUDIENCES,
  PEER_REVIEW,
  RELATIONS,
  SCHEMA_VERSION,
  STAGES,
  STUDY_TYPES,
  SUBJECTS,
  type ActorKind,
  type ExplainerDocument,
} from './types.js';
import { checkScene, checkStepScene } from './validate-scene.js';
// Rendering needs isWebUrl without the validator (the loader imports the validator only for
// content from src, inline JSON or .data), so both live in their own module.
import { MAX_STRING, isWebUrl } from './url.js';
export { MAX_STRING, isWebUrl };

/** One thing wrong with a document, at a JSON path such as `arms.outcomes[1].results[2].arm`. */
export interface ContentProblem {
  path: string;
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  problems: ContentProblem[];
  /** The input, typed, when it is valid. */
  document?: ExplainerDocument;
}

export interface ValidateOptions {
  /** Known claim ids; when given (or when the document has a `ledger`), unknown ids are problems. */
  claimIds?: Iterable<string>;
}

/** Most items in any list. */
export const MAX_ITEMS = 60;
/** Past this many problems the validator stops collecting: the document is clearly not ours. */
const MAX_PROBLEMS = 100;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID = /^[A-Za-z][\w-]{0,63}$/;
const CLAIM_ID = /^[A-Za-z][\w.-]{0,31}$/;

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

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

  string(value: unknown, path: string, pattern?: RegExp, what = 'string'): value is string {
    if (typeof value !== 'string') {
      this.problem(path, `expected a ${what}, got ${describe(value)}`);
      return false;
    }
    if (value.trim() === '') this.problem(path, 'must not be empty');
    else if (value.length > MAX_STRING) this.problem(path, `longer than ${MAX_STRING} characters`);
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
    if (!isWebUrl(value)) this.problem(path, `not an http: or https: URL: ${quote(value)}`);
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): value is T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return true;
    this.problem(path, `expected one of ${allowed.join(', ')}, got ${quote(value)}`);
    return false;
  }

  boolean(value: unknown, path: string) {
    if (value !== undefined && typeof value !== 'boolean') this.problem(path, `expected true or false, got ${describe(value)}`);
  }

  array(value: unknown, path: string, min = 0): unknown[] {
    if (!Array.isArray(value)) {
      this.problem(path, `expected a list, got ${describe(value)}`);
      return [];
    }
    if (value.length < min) this.problem(path, `needs at least ${min} item${min === 1 ? '' : 's'}`);
    if (value.length > MAX_ITEMS) {
      this.problem(path, `more than ${MAX_ITEMS} items`);
      return value.slice(0, MAX_ITEMS);
    }
    return value;
  }

  text(value: unknown, path: string) {
    if (isObject(value)) {
      const obj = this.object(value, path, AUDIENCES);
      if (obj) for (const audience of AUDIENCES) this.string(obj[audience], join(path, audience));
    } else {
      this.string(value, path, undefined, 'string or { patient, clinician }');
    }
  }

  claims(value: unknown, path: string, required = true) {
    if (value === undefined && !required) return;
    const ids = this.array(value, path, 1);
    ids.forEach((id, i) => {
      if (this.string(id, `${path}[${i}]`, CLAIM_ID, 'claim id')) this.claimRefs.push({ path: `${path}[${i}]`, id });
    });
  }

  statement(value: unknown, path: string, extra: readonly string[] = []) {
    const obj = this.object(value, path, ['text', 'claims', ...extra]);
    if (!obj) return undefined;
    this.text(obj.text, join(path, 'text'));
    this.claims(obj.claims, join(path, 'claims'));
    return obj;
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

function join(path: string, key: string) {
  return path ? `${path}.${key}` : key;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value;
}

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(describe(value));
  return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
}

type CheckName = 'string' | 'text' | 'date' | 'url' | 'boolean' | 'statement' | 'statements' | 'claims';
type CheckFunction = (c: Checker, value: unknown, path: string) => unknown;
/**
 * How to check one field: a Checker method called with (value, path), prefixed with `?` when
 * the field may be left out, or a function for anything more.
 */
type FieldCheck = CheckName | `?${CheckName}` | CheckFunction;

/** Checks an object that has exactly the fields of `shape`, in the shape's order. */
function fields(c: Checker, value: unknown, path: string, shape: Record<string, FieldCheck>): Obj | undefined {
  const obj = c.object(value, path, Object.keys(shape));
  if (obj) {
    for (const [key, check] of Object.entries(shape)) {
      const field = obj[key];
      if (typeof check === 'function') check(c, field, join(path, key));
      else if (check[0] !== '?' || field !== undefined) c[check.replace('?', '') as CheckName](field, join(path, key));
    }
  }
  return obj;
}

const optional = (check: CheckFunction): CheckFunction => (c, value, path) => value !== undefined && check(c, value, path);
const matching = (pattern: RegExp, what: string): CheckFunction => (c, value, path) => c.string(value, path, pattern, what);
const listOf = (check: CheckFunction, min = 0): CheckFunction => (c, value, path) =>
  c.array(value, path, min).forEach((item, i) => check(c, item, `${path}[${i}]`));
const anyString: CheckFunction = (c, value, path) => c.string(value, path);
const id = matching(ID, 'id');

function checkStudy(c: Checker, value: unknown, path: string) {
  fields(c, value, path, {
    title: 'string',
    headline: 'text',
    journal: 'string',
    journalShort: '?string',
    citation: '?string',
    published: 'date',
    doi: optional(matching(/^10\.\d{4,9}\/\S+$/, 'DOI')),
    pmid: optional(matching(/^\d{1,10}$/, 'PMID')),
    pmcid: optional(matching(/^PMC\d{1,10}$/, 'PMCID')),
    authors: listOf(anyString, 1),
    funding: '?statement',
    url: 'url',
    news: optional((c, news, path) => fields(c, news, path, { title: 'string', publisher: 'string', date: 'date', url: 'url' })),
  });
}

function checkEvidence(c: Checker, value: unknown, path: string) {
  // Every label the document uses needs a definition.
  const used: string[] = [];
  const label = (allowed: readonly string[]): CheckFunction => (c, value, path) => {
    if (c.oneOf(value, path, allowed)) used.push(value);
  };
  const labels = [...PEER_REVIEW, ...STUDY_TYPES, ...SUBJECTS, ...STAGES];
  fields(c, value, path, {
    peerReview: label(PEER_REVIEW),
    studyTypes: listOf(label(STUDY_TYPES), 1),
    subjects: listOf(label(SUBJECTS), 1),
    stage: label(STAGES),
    statusAsOf: 'date',
    summary: 'statement',
    subjectsShort: '?text',
    details: 'statements',
    status: listOf((c, item, path) => c.statement(item, path), 1),
    caveats: listOf((c, item, path) => {
      const caveat = c.statement(item, path, ['attribution']);
      if (caveat) c.string(caveat.attribution, `${path}.attribution`);
    }),
    forReaders: '?statements',
    definitions: (c, value, path) => {
      const defs = c.object(value, path, labels);
      if (!defs) return;
      for (const [label, text] of Object.entries(defs)) {
        if (labels.includes(label as never)) c.text(text, `${path}.${label}`);
      }
      for (const label of new Set(used)) {
        if (defs[label] === undefined) c.problem(`${path}.${label}`, `missing definition of the label '${label}'`);
      }
    },
  });
}

/** A list of objects with unique ids, each checked by `item`. */
const withIds = (item: CheckFunction, ids = new Set<string>()): CheckFunction => (c, value, path) => {
  const items = c.array(value, path, 1);
  for (const id of c.uniqueIds(items, path)) ids.add(id);
  items.forEach((it, i) => item(c, it, `${path}[${i}]`));
};

function checkMechanism(c: Checker, value: unknown, path: string) {
  // `scene` is checked before `steps` (the shape's order), so the steps see its actors.
  let actors: Map<string, ActorKind> | undefined;
  fields(c, value, path, {
    title: 'text',
    intro: '?statement',
    scene: optional((c, value, path) => (actors = checkScene(c, value, path))),
    steps: withIds((c, step, path) =>
      fields(c, step, path, {
        id,
        title: 'text',
        body: 'text',
        claims: 'claims',
        inMice: 'boolean',
        scene: (c, value, path) => checkStepScene(c, value, path, actors),
      }),
    ),
  });
}

function checkArms(c: Checker, value: unknown, path: string) {
  const armIds = new Set<string>();
  fields(c, value, path, {
    title: 'text',
    summary: 'statement',
    takeaway: '?statement',
    design: 'statement',
    arms: withIds((c, arm, path) => fields(c, arm, path, { id, label: 'text', shortLabel: 'string', description: '?text' }), armIds),
    outcomes: withIds((c, outcome, path) => checkOutcome(c, outcome, path, armIds)),
  });
}

function checkOutcome(c: Checker, value: unknown, path: string, armIds: Set<string>) {
  let hasMeasured = false;
  const seen = new Set<string>();
  const outcome = fields(c, value, path, {
    id,
    label: 'text',
    summary: '?text',
    unit: '?text',
    better: optional((c, value, path) => c.oneOf(value, path, ['less', 'more'])),
    directionWords: optional((c, value, path) => {
      const words = c.object(value, path, ['less', 'more', 'similar']);
      if (words) for (const [k, v] of Object.entries(words)) c.text(v, `${path}.${k}`);
    }),
    claims: 'claims',
    results: listOf((c, item, rpath) => {
      if (checkResult(c, item, rpath, armIds, seen)) hasMeasured = true;
    }, 1),
  });
  if (outcome && hasMeasured && outcome.unit === undefined) c.problem(`${path}.unit`, 'measured values need a unit');
}

/** Checks one result; true when it is a measured value. */
function checkResult(c: Checker, item: unknown, rpath: string, armIds: Set<string>, seen: Set<string>): boolean {
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
  if (item.kind === 'measured') {
    c.object(item, rpath, ['arm', 'kind', 'value', 'n', 'interval', 'claims', 'note']);
    finiteNumber(c, item.value, `${rpath}.value`);
    if (!Number.isInteger(item.n) || (item.n as number) < 1) c.problem(`${rpath}.n`, 'expected a whole number of at least 1');
    if (item.interval !== undefined) {
      const iv = item.interval;
      if (!Array.isArray(iv) || iv.length !== 2 || !iv.every((x) => typeof x === 'number' && Number.isFinite(x)) || iv[0] > iv[1]) {
        c.problem(`${rpath}.interval`, 'expected [low, high] with low ≤ high');
      }
    }
    c.claims(item.claims, `${rpath}.claims`);
  } else if (item.kind === 'relation') {
    c.object(item, rpath, ['arm', 'kind', 'relation', 'to', 'ratio', 'comparison', 'claims', 'note']);
    const isRelation = c.oneOf(item.relation, `${rpath}.relation`, RELATIONS);
    const notStated = item.comparison !== undefined && c.oneOf(item.comparison, `${rpath}.comparison`, ['not-stated']);
    if (notStated) {
      // No comparison group: nothing to compare with, and no ratio without one.
      if (item.relation === 'reference') c.problem(`${rpath}.comparison`, `a reference group needs no comparison`);
      if (item.to !== undefined) c.problem(`${rpath}.to`, `leave 'to' out when the comparison is not stated`);
    } else if (item.relation !== 'reference' || item.to !== undefined) {
      const to = c.array(item.to, `${rpath}.to`, isRelation && item.relation !== 'reference' ? 1 : 0);
      to.forEach((t, j) => {
        if (!c.string(t, `${rpath}.to[${j}]`)) return;
        if (!armIds.has(t)) c.problem(`${rpath}.to[${j}]`, `unknown arm ${quote(t)}`);
        else if (t === arm) c.problem(`${rpath}.to[${j}]`, 'an arm cannot be compared with itself');
      });
    }
    if (item.ratio !== undefined) {
      finiteNumber(c, item.ratio, `${rpath}.ratio`, true);
      if (item.relation === 'reference' || item.relation === 'similar') c.problem(`${rpath}.ratio`, `a ratio needs relation 'less' or 'more'`);
      else if (typeof item.ratio === 'number' && (item.relation === 'more') !== item.ratio > 1) {
        c.problem(`${rpath}.ratio`, `ratio ${item.ratio} does not match relation '${String(item.relation)}'`);
      }
      if (!Array.isArray(item.to) || item.to.length !== 1) c.problem(`${rpath}.to`, 'a ratio needs exactly one comparison arm');
    }
    c.claims(item.claims, `${rpath}.claims`);
  } else if (item.kind === 'not-reported') {
    c.object(item, rpath, ['arm', 'kind', 'claims', 'note']);
    c.claims(item.claims, `${rpath}.claims`, false);
  } else {
    c.problem(`${rpath}.kind`, `expected one of measured, relation, not-reported, got ${quote(item.kind)}`);
  }
  if (item.note !== undefined) c.text(item.note, `${rpath}.note`);
  return item.kind === 'measured';
}

function finiteNumber(c: Checker, value: unknown, path: string, positive = false) {
  if (typeof value !== 'number' || !Number.isFinite(value)) c.problem(path, `expected a number, got ${describe(value)}`);
  else if (positive && value <= 0) c.problem(path, 'expected a number above 0');
}

function checkDocument(c: Checker, input: unknown, options: ValidateOptions) {
  const known = new Set(options.claimIds ?? []);
  const doc = fields(c, input, '', {
    $schema: '?string',
    schemaVersion: (c, version, path) => version !== SCHEMA_VERSION && c.problem(path, `expected ${SCHEMA_VERSION}, got ${quote(version)}`),
    id,
    lang: matching(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'language tag'),
    example: 'boolean',
    study: checkStudy,
    evidence: checkEvidence,
    mechanism: checkMechanism,
    arms: checkArms,
    ledger: optional(
      listOf(
        (c, entry, path) =>
          fields(c, entry, path, {
            id: (c, id, path) => c.string(id, path, CLAIM_ID, 'claim id') && known.add(id),
            text: '?string',
            section: '?string',
          }),
        1,
      ),
    ),
  });
  if (doc && (doc.ledger !== undefined || options.claimIds !== undefined)) {
    for (const ref of c.claimRefs) if (!known.has(ref.id)) c.problem(ref.path, `unknown claim id ${quote(ref.id)}`);
  }
}

/**
 * Checks that `input` is an explainer document and lists every problem with its JSON path.
 * Never throws, whatever the input (null, arrays, cycles, proxies, huge or deep values).
 */
export function validateExplainer(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const c = new Checker();
  try {
    checkDocument(c, input, options);
  } catch (error) {
    c.problem('', `could not be read: ${error instanceof Error ? error.message : 'unknown error'}`);
  }
  const valid = c.problems.length === 0;
  return { valid, problems: c.problems, document: valid ? (input as ExplainerDocument) : undefined };
}

/** "arms.outcomes[1].results[2].arm: unknown arm 'icb2'". */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.path || '(document)'}: ${problem.message}`;
}
