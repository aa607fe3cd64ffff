import { expect } from '@open-wc/testing';
import Ajv from 'ajv';
import { validateExplainer } from '../../src/content/validate.js';
import { LIMITS } from '../../src/content/limits.js';
import type { ExplainerDocument } from '../../src/content/types.js';
import { copyOfDefault } from '../support/helpers.js';
import { numericExample } from '../study-arms-chart/support.js';
import { prng } from '../support/prng.js';

/**
 * Property: the generated JSON Schema (dist/explainer.schema.json, from the TypeScript types)
 * and the run-time validator see the same documents. Whatever the schema rejects, the validator
 * rejects too (the validator may reject more: it also checks arm references, ratios, calendar
 * dates). At and one past each limit of src/content/limits.ts they agree both ways: both accept,
 * then both reject. Mutations are seeded, so a failure names the exact change to replay.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** Every path in the document, with the value found there. */
function paths(value: Json, path: Path = [], out: Array<[Path, Json]> = []): Array<[Path, Json]> {
  if (path.length) out.push([path, value]);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...path, k], out);
  return out;
}

function parentOf(doc: Json, path: Path) {
  let node = doc as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  return node;
}

const wrongType = (value: Json): Json =>
  typeof value === 'string' ? 42 : typeof value === 'number' ? '42' : typeof value === 'boolean' ? 'true' : Array.isArray(value) ? { 0: 'x' } : value === null ? {} : ['x'];

type Mutation = { name: string; apply: (doc: Json, random: () => number) => string | undefined };

function pick<T>(list: T[], random: () => number): T {
  if (!list.length) throw new Error('nothing to mutate');
  return list[Math.floor(random() * list.length)];
}

const MUTATIONS: Mutation[] = [
  {
    name: 'delete a key',
    apply(doc, random) {
      const keyed = paths(doc).filter(([p]) => typeof p[p.length - 1] === 'string');
      const [path] = pick(keyed, random);
      delete (parentOf(doc, path) as Record<string, Json>)[path[path.length - 1]];
      return path.join('.');
    },
  },
  {
    name: 'wrong type',
    apply(doc, random) {
      const [path, value] = pick(paths(doc), random);
      parentOf(doc, path)[path[path.length - 1]] = wrongType(value);
      return path.join('.');
    },
  },
  {
    name: 'bad enum or id',
    apply(doc, random) {
      const strings = paths(doc).filter(([, v]) => typeof v === 'string' && !/ /.test(v as string));
      const [path] = pick(strings, random);
      parentOf(doc, path)[path[path.length - 1]] = pick(['nope', 'Not An Enum', '', ' ', '9bad id'], random);
      return path.join('.');
    },
  },
  {
    name: 'bad URL',
    apply(doc, random) {
      // study.url may be left out (the DOI link is used then): set it if it is not there.
      const urls = paths(doc).filter(([p]) => p[p.length - 1] === 'url');
      const [path] = urls.length && random() < 0.5 ? pick(urls, random) : [['study', 'url']];
      parentOf(doc, path)[path[path.length - 1]] = pick(['javascript:alert(1)', 'not a url', 'ftp://example.org/x', ''], random);
      return path.join('.');
    },
  },
  {
    name: 'bad date',
    apply(doc, random) {
      const dates = paths(doc).filter(([, v]) => typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v as string));
      const [path] = pick(dates, random);
      parentOf(doc, path)[path[path.length - 1]] = pick(['2019-13-01', '2019-02-30', 'yesterday', '19-1-1', '2019-1-01'], random);
      return path.join('.');
    },
  },
  {
    name: 'unknown key',
    apply(doc, random) {
      const objects = paths(doc).filter(([, v]) => v && typeof v === 'object' && !Array.isArray(v));
      const [path] = pick(objects, random);
      (parentOf(doc, [...path, 'x']) as Record<string, Json>).tpyo = 'x';
      return `${path.join('.')}.tpyo`;
    },
  },
];

describe('the JSON Schema and the run-time validator agree', () => {
  let schemaValid: (doc: unknown) => boolean;
  let errorsText: () => string;

  before(async () => {
    const schema = await (await fetch('/dist/explainer.schema.json')).json();
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    schemaValid = (doc) => validate(doc) as boolean;
    errorsText = () => ajv.errorsText(validate.errors);
  });

  const bases = { 'default en': () => copyOfDefault('en'), 'default es': () => copyOfDefault('es'), 'numeric example': () => numericExample() };

  for (const [name, make] of Object.entries(bases)) {
    it(`both accept the ${name} document`, () => {
      const doc = make();
      expect(schemaValid(doc), errorsText()).to.equal(true);
      expect(validateExplainer(doc).problems).to.deep.equal([]);
    });
  }

  for (const seed of [11, 12, 13]) {
    it(`seed ${seed}: whatever the validator accepts in 150 mutated documents, the schema accepts`, () => {
      const random = prng(seed);
      const gaps: string[] = [];
      for (let i = 0; i < 150; i += 1) {
        const doc = structuredClone(Object.values(bases)[i % 3]()) as unknown as Json;
        const mutation = MUTATIONS[i % MUTATIONS.length];
        const where = mutation.apply(doc, random);
        if (validateExplainer(doc).valid && !schemaValid(doc)) gaps.push(`#${i} ${mutation.name} at ${where}: schema says ${errorsText()}`);
      }
      expect(gaps, gaps.join('\n')).to.deep.equal([]);
    });

    it(`seed ${seed}: whatever the schema rejects in 150 mutated documents, the validator rejects`, () => {
      const random = prng(seed);
      const gaps: string[] = [];
      let rejected = 0;
      for (let i = 0; i < 150; i += 1) {
        const base = Object.values(bases)[i % 3]();
        const doc = structuredClone(base) as unknown as Json;
        const mutation = MUTATIONS[i % MUTATIONS.length];
        let where: string | undefined;
        try {
          where = mutation.apply(doc, random);
        } catch (error) {
          throw new Error(`#${i} ${mutation.name}: ${(error as Error).message}`);
        }
        if (schemaValid(doc)) continue;
        rejected += 1;
        if (validateExplainer(doc).valid) gaps.push(`#${i} ${mutation.name} at ${where}: schema says ${errorsText()}`);
      }
      expect(gaps, gaps.join('\n')).to.deep.equal([]);
      expect(rejected, 'the schema rejects most mutations').to.be.greaterThan(50);
    });
  }

  /** One limit: a change that puts the document at `n` (the limit) or `n + 1`. */
  type Edge = [name: string, limit: number, set: (doc: ExplainerDocument, n: number) => void];
  const text = (n: number) => 'x'.repeat(n);
  const link = (n: number) => `https://example.org/${text(n - 20)}`;
  const EDGES: Edge[] = [
    ['a string', LIMITS.stringChars, (doc, n) => (doc.study.title = text(n))],
    ['a link', LIMITS.stringChars, (doc, n) => (doc.study.url = link(n))],
    ['text for each audience', LIMITS.stringChars, (doc, n) => (doc.mechanism.title = { patient: 'x', clinician: text(n) })],
    ['authors', LIMITS.authors, (doc, n) => (doc.study.authors = Array.from({ length: n }, (_, i) => `Author ${i}`))],
    ['any other list (claims)', LIMITS.listItems, (doc, n) => (doc.mechanism.steps[0].claims = Array(n).fill(doc.mechanism.steps[0].claims[0]))],
    ['actors', LIMITS.actors, (doc, n) => {
      const actors = doc.mechanism.scene!.actors;
      for (let i = actors.length; i < n; i += 1) actors.push({ id: `extra${i}`, kind: 'label', label: 'x', x: 200, y: 100 });
      actors.length = n;
      for (const step of doc.mechanism.steps) step.scene!.show = step.scene!.show.filter((id) => actors.some((a) => a.id === id));
    }],
    ['actors a step shows', LIMITS.actors, (doc, n) => {
      const actors = doc.mechanism.scene!.actors;
      for (let i = actors.length; i < LIMITS.actors; i += 1) actors.push({ id: `extra${i}`, kind: 'label', label: 'x', x: 200, y: 100 });
      const ids = actors.map((a) => a.id);
      doc.mechanism.steps[0].scene!.show = n > ids.length ? [...ids, ids[0]] : ids;
    }],
    ['steps', LIMITS.steps, (doc, n) => {
      const steps = doc.mechanism.steps;
      for (let i = steps.length; i < n; i += 1) steps.push({ ...structuredClone(steps[0]), id: `extra-step-${i}`, inMice: undefined });
      steps.length = n;
      for (const step of steps) if (step.inMice === undefined) delete step.inMice;
    }],
    ['an actor label', LIMITS.actorLabelChars, (doc, n) => (doc.mechanism.scene!.actors[0].label = text(n))],
    ['an actor label for each audience', LIMITS.actorLabelChars, (doc, n) => (doc.mechanism.scene!.actors[0].label = { patient: text(n), clinician: 'x' })],
  ];

  for (const [name, limit, set] of EDGES) {
    it(`${name}: both accept ${limit}, both reject ${limit + 1}`, () => {
      for (const [n, valid] of [[limit, true], [limit + 1, false]] as const) {
        const doc = copyOfDefault('en');
        set(doc, n);
        expect(schemaValid(doc), `schema at ${n}: ${errorsText()}`).to.equal(valid);
        const { problems } = validateExplainer(doc);
        expect(problems.length === 0, `validator at ${n}: ${JSON.stringify(problems.slice(0, 3))}`).to.equal(valid);
      }
    });
  }

  const VALUES: Array<[name: string, set: (doc: ExplainerDocument) => void, valid: boolean]> = [
    ['a link in lower case', (doc) => (doc.study.url = 'https://example.org/a?b=c#d'), true],
    ['a link with a port', (doc) => (doc.study.url = 'http://example.org:8080/'), true],
    ['a link in capitals', (doc) => (doc.study.url = 'HTTPS://example.org/'), false],
    ['a link with a space', (doc) => (doc.study.url = 'https://example.org/a b'), false],
    ['a link with leading space', (doc) => (doc.study.url = ' https://example.org/'), false],
    ['a link with no slashes', (doc) => (doc.study.url = 'https:example.org'), false],
    ['a number past the largest (1e999 parses as Infinity)', (doc) => (doc.mechanism.scene!.actors[0].x = Infinity), false],
    ['a result of 1e999', (doc) => {
      const result = numericExample().arms.outcomes[0].results[0];
      Object.assign(doc, numericExample());
      if (result.kind === 'measured') (doc.arms.outcomes[0].results[0] as typeof result).value = Infinity;
    }, false],
  ];
  for (const [name, set, valid] of VALUES) {
    it(`${name}: both ${valid ? 'accept' : 'reject'} it`, () => {
      const doc = copyOfDefault('en');
      set(doc);
      expect(schemaValid(doc), `schema: ${errorsText()}`).to.equal(valid);
      expect(validateExplainer(doc).valid, 'validator').to.equal(valid);
    });
  }
});
