import {
  AUDIENCES,
  PEER_REVIEW,
  RELATIONS,
  SCENE_PARTS,
  SCHEMA_VERSION,
  STAGES,
  STUDY_TYPES,
  SUBJECTS,
  type ExplainerDocument,
} from './types.js';

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

/** Longest string accepted in any field: long enough for any paragraph, short enough to stop abuse. */
export const MAX_STRING = 4000;
/** Most items in any list. */
export const MAX_ITEMS = 60;
/** Past this many problems the validator stops collecting: the document is clearly not ours. */
const MAX_PROBLEMS = 100;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID = /^[A-Za-z][\w-]{0,63}$/;
const CLAIM_ID = /^[A-Za-z][\w.-]{0,31}$/;

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for `http:` and `https:` URLs: the only links a widget renders. */
export function isWebUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_STRING) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Walks a document once, collecting problems; each check reads only what it knows. */
class Checker {
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

  optionalString(obj: Obj, key: string, path: string, pattern?: RegExp, what?: string) {
    if (obj[key] !== undefined) this.string(obj[key], join(path, key), pattern, what);
  }

  date(value: unknown, path: string) {
    this.string(value, path, DATE, 'date (YYYY-MM-DD)');
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

function checkStudy(c: Checker, value: unknown) {
  const path = 'study';
  const study = c.object(value, path, [
    'title', 'headline', 'journal', 'citation', 'published', 'doi', 'pmid', 'pmcid', 'authors', 'funding', 'url', 'news',
  ]);
  if (!study) return;
  c.string(study.title, 'study.title');
  c.text(study.headline, 'study.headline');
  c.string(study.journal, 'study.journal');
  c.optionalString(study, 'citation', path);
  c.date(study.published, 'study.published');
  c.optionalString(study, 'doi', path, /^10\.\d{4,9}\/\S+$/, 'DOI');
  c.optionalString(study, 'pmid', path, /^\d{1,10}$/, 'PMID');
  c.optionalString(study, 'pmcid', path, /^PMC\d{1,10}$/, 'PMCID');
  c.array(study.authors, 'study.authors', 1).forEach((a, i) => c.string(a, `study.authors[${i}]`));
  if (study.funding !== undefined) c.statement(study.funding, 'study.funding');
  c.url(study.url, 'study.url');
  if (study.news !== undefined) {
    const news = c.object(study.news, 'study.news', ['title', 'publisher', 'date', 'url']);
    if (news) {
      c.string(news.title, 'study.news.title');
      c.string(news.publisher, 'study.news.publisher');
      c.date(news.date, 'study.news.date');
      c.url(news.url, 'study.news.url');
    }
  }
}

function checkEvidence(c: Checker, value: unknown) {
  const path = 'evidence';
  const ev = c.object(value, path, [
    'peerReview', 'studyTypes', 'subjects', 'stage', 'statusAsOf', 'summary', 'subjectsShort', 'details', 'status',
    'caveats', 'forReaders', 'definitions',
  ]);
  if (!ev) return;
  const used: string[] = [];
  if (c.oneOf(ev.peerReview, 'evidence.peerReview', PEER_REVIEW)) used.push(ev.peerReview);
  c.array(ev.studyTypes, 'evidence.studyTypes', 1).forEach((t, i) => {
    if (c.oneOf(t, `evidence.studyTypes[${i}]`, STUDY_TYPES)) used.push(t);
  });
  c.array(ev.subjects, 'evidence.subjects', 1).forEach((s, i) => {
    if (c.oneOf(s, `evidence.subjects[${i}]`, SUBJECTS)) used.push(s);
  });
  if (c.oneOf(ev.stage, 'evidence.stage', STAGES)) used.push(ev.stage);
  c.date(ev.statusAsOf, 'evidence.statusAsOf');
  c.statement(ev.summary, 'evidence.summary');
  if (ev.subjectsShort !== undefined) c.text(ev.subjectsShort, 'evidence.subjectsShort');
  c.statements(ev.details, 'evidence.details');
  c.statements(ev.status, 'evidence.status', 1);
  c.array(ev.caveats, 'evidence.caveats').forEach((item, i) => {
    const caveat = c.statement(item, `evidence.caveats[${i}]`, ['attribution']);
    if (caveat) c.string(caveat.attribution, `evidence.caveats[${i}].attribution`);
  });
  if (ev.forReaders !== undefined) c.statements(ev.forReaders, 'evidence.forReaders');
  const labels = [...PEER_REVIEW, ...STUDY_TYPES, ...SUBJECTS, ...STAGES];
  const defs = c.object(ev.definitions, 'evidence.definitions', labels);
  if (defs) {
    for (const [label, text] of Object.entries(defs)) {
      if (labels.includes(label as never)) c.text(text, `evidence.definitions.${label}`);
    }
    for (const label of new Set(used)) {
      if (defs[label] === undefined) c.problem(`evidence.definitions.${label}`, `missing definition of the label '${label}'`);
    }
  }
}

const SCENE_VALUES: Record<string, readonly string[] | 'boolean'> = {
  fibroblasts: ['normal', 'active'],
  collagen: ['thin', 'dense'],
  vessel: ['open', 'squeezed'],
  oxygen: ['normal', 'low'],
  immune: ['outside', 'inside'],
  signal: 'boolean',
  receptors: 'boolean',
  drug: 'boolean',
  checkpoint: 'boolean',
  focus: SCENE_PARTS,
};

function checkMechanism(c: Checker, value: unknown) {
  const mech = c.object(value, 'mechanism', ['title', 'intro', 'sceneLabels', 'steps']);
  if (!mech) return;
  c.text(mech.title, 'mechanism.title');
  if (mech.intro !== undefined) c.statement(mech.intro, 'mechanism.intro');
  if (mech.sceneLabels !== undefined) {
    const labels = c.object(mech.sceneLabels, 'mechanism.sceneLabels', SCENE_PARTS);
    if (labels) for (const [k, v] of Object.entries(labels)) c.string(v, `mechanism.sceneLabels.${k}`);
  }
  const steps = c.array(mech.steps, 'mechanism.steps', 1);
  c.uniqueIds(steps, 'mechanism.steps');
  steps.forEach((item, i) => {
    const path = `mechanism.steps[${i}]`;
    const step = c.object(item, path, ['id', 'title', 'body', 'claims', 'inMice', 'scene']);
    if (!step) return;
    c.string(step.id, `${path}.id`, ID, 'id');
    c.text(step.title, `${path}.title`);
    c.text(step.body, `${path}.body`);
    c.claims(step.claims, `${path}.claims`);
    c.boolean(step.inMice, `${path}.inMice`);
    const scene = c.object(step.scene, `${path}.scene`, Object.keys(SCENE_VALUES));
    if (!scene) return;
    for (const [key, v] of Object.entries(scene)) {
      const allowed = SCENE_VALUES[key];
      if (allowed === 'boolean') c.boolean(v, `${path}.scene.${key}`);
      else if (allowed) c.oneOf(v, `${path}.scene.${key}`, allowed);
    }
  });
}

function checkArms(c: Checker, value: unknown) {
  const arms = c.object(value, 'arms', ['title', 'summary', 'design', 'arms', 'outcomes']);
  if (!arms) return;
  c.text(arms.title, 'arms.title');
  c.statement(arms.summary, 'arms.summary');
  c.statement(arms.design, 'arms.design');
  const armList = c.array(arms.arms, 'arms.arms', 1);
  const armIds = c.uniqueIds(armList, 'arms.arms');
  armList.forEach((item, i) => {
    const path = `arms.arms[${i}]`;
    const arm = c.object(item, path, ['id', 'label', 'shortLabel', 'description']);
    if (!arm) return;
    c.string(arm.id, `${path}.id`, ID, 'id');
    c.text(arm.label, `${path}.label`);
    c.string(arm.shortLabel, `${path}.shortLabel`);
    if (arm.description !== undefined) c.text(arm.description, `${path}.description`);
  });
  const outcomes = c.array(arms.outcomes, 'arms.outcomes', 1);
  c.uniqueIds(outcomes, 'arms.outcomes');
  outcomes.forEach((item, i) => checkOutcome(c, item, `arms.outcomes[${i}]`, armIds));
}

function checkOutcome(c: Checker, value: unknown, path: string, armIds: Set<string>) {
  const outcome = c.object(value, path, ['id', 'label', 'summary', 'unit', 'better', 'directionWords', 'claims', 'results']);
  if (!outcome) return;
  c.string(outcome.id, `${path}.id`, ID, 'id');
  c.text(outcome.label, `${path}.label`);
  if (outcome.summary !== undefined) c.text(outcome.summary, `${path}.summary`);
  if (outcome.unit !== undefined) c.text(outcome.unit, `${path}.unit`);
  if (outcome.better !== undefined) c.oneOf(outcome.better, `${path}.better`, ['less', 'more']);
  if (outcome.directionWords !== undefined) {
    const words = c.object(outcome.directionWords, `${path}.directionWords`, ['less', 'more', 'similar']);
    if (words) for (const [k, v] of Object.entries(words)) c.text(v, `${path}.directionWords.${k}`);
  }
  c.claims(outcome.claims, `${path}.claims`);
  const seen = new Set<string>();
  let hasMeasured = false;
  c.array(outcome.results, `${path}.results`, 1).forEach((item, i) => {
    const rpath = `${path}.results[${i}]`;
    if (!isObject(item)) {
      c.problem(rpath, `expected an object, got ${describe(item)}`);
      return;
    }
    const arm = item.arm;
    if (c.string(arm, `${rpath}.arm`)) {
      if (!armIds.has(arm)) c.problem(`${rpath}.arm`, `unknown arm ${quote(arm)}`);
      if (seen.has(arm)) c.problem(`${rpath}.arm`, `a second result for arm ${quote(arm)}`);
      seen.add(arm);
    }
    if (item.kind === 'measured') {
      hasMeasured = true;
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
      c.object(item, rpath, ['arm', 'kind', 'relation', 'to', 'ratio', 'claims', 'note']);
      const isRelation = c.oneOf(item.relation, `${rpath}.relation`, RELATIONS);
      if (item.relation !== 'reference' || item.to !== undefined) {
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
  });
  if (hasMeasured && outcome.unit === undefined) c.problem(`${path}.unit`, 'measured values need a unit');
}

function finiteNumber(c: Checker, value: unknown, path: string, positive = false) {
  if (typeof value !== 'number' || !Number.isFinite(value)) c.problem(path, `expected a number, got ${describe(value)}`);
  else if (positive && value <= 0) c.problem(path, 'expected a number above 0');
}

function checkLedger(c: Checker, value: unknown): Set<string> {
  const ids = new Set<string>();
  c.array(value, 'ledger', 1).forEach((item, i) => {
    const entry = c.object(item, `ledger[${i}]`, ['id', 'text', 'section']);
    if (!entry) return;
    if (c.string(entry.id, `ledger[${i}].id`, CLAIM_ID, 'claim id')) ids.add(entry.id);
    c.optionalString(entry, 'text', `ledger[${i}]`);
    c.optionalString(entry, 'section', `ledger[${i}]`);
  });
  return ids;
}

function checkDocument(c: Checker, input: unknown, options: ValidateOptions) {
  const doc = c.object(input, '', [
    '$schema', 'schemaVersion', 'id', 'lang', 'example', 'study', 'evidence', 'mechanism', 'arms', 'ledger',
  ]);
  if (!doc) return;
  c.optionalString(doc, '$schema', '');
  if (doc.schemaVersion !== SCHEMA_VERSION) {
    c.problem('schemaVersion', `expected ${SCHEMA_VERSION}, got ${quote(doc.schemaVersion)}`);
  }
  c.string(doc.id, 'id', ID, 'id');
  c.string(doc.lang, 'lang', /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'language tag');
  c.boolean(doc.example, 'example');
  checkStudy(c, doc.study);
  checkEvidence(c, doc.evidence);
  checkMechanism(c, doc.mechanism);
  checkArms(c, doc.arms);
  const known = new Set(options.claimIds ?? []);
  const hasLedger = doc.ledger !== undefined || options.claimIds !== undefined;
  if (doc.ledger !== undefined) for (const id of checkLedger(c, doc.ledger)) known.add(id);
  if (hasLedger) {
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
