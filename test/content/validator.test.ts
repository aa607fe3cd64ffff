import { expect } from '@open-wc/testing';
import { validateExplainer, formatProblem } from '../../src/content/validate.js';
import { copyOfDefault } from '../support/helpers.js';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Paths of the problems found after `change` is applied to a copy of the default document. */
function problemsAfter(change: (doc: Loose) => void): string[] {
  const doc = copyOfDefault() as unknown as Loose;
  change(doc);
  return validateExplainer(doc).problems.map(formatProblem);
}

describe('validateExplainer', () => {
  it('accepts the default documents', () => {
    for (const lang of ['en', 'es'] as const) {
      const result = validateExplainer(copyOfDefault(lang));
      expect(result.problems.map(formatProblem), lang).to.deep.equal([]);
      expect(result.valid).to.equal(true);
      expect(result.document).to.exist;
    }
  });

  it('never throws, whatever the input', () => {
    const cyclic: Loose = { schemaVersion: 1 };
    cyclic.study = cyclic;
    const throwing = new Proxy({}, { ownKeys: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); } });
    let deep: Loose = {};
    const deepRoot = deep;
    for (let i = 0; i < 100000; i += 1) deep = deep.study = {};
    const inputs: unknown[] = [
      null, undefined, 0, -1, NaN, '', 'x'.repeat(5_000_000), true, [], [[]], {}, () => 1, Symbol('s'),
      new Date(), /re/, new Map(), cyclic, throwing, deepRoot, Object.create(null), { __proto__: { schemaVersion: 1 } },
    ];
    for (const input of inputs) {
      const result = validateExplainer(input);
      expect(result.valid).to.equal(false);
      expect(result.problems.length).to.be.greaterThan(0);
    }
  });

  it('lists every problem with a JSON path, not only the first', () => {
    const problems = problemsAfter((doc) => {
      doc.study.doi = 'not a doi';
      doc.evidence.stage = 'phase-9';
      doc.arms.outcomes[0].results[0].arm = 'icb2';
    });
    expect(problems).to.include("arms.outcomes[0].results[0].arm: unknown arm 'icb2'");
    expect(problems.some((p) => p.startsWith('study.doi:'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('evidence.stage:'))).to.equal(true);
  });

  it('requires schemaVersion: a document without it is not ours', () => {
    expect(problemsAfter((doc) => delete doc.schemaVersion)).to.deep.equal(["schemaVersion: expected 1, got 'undefined'"]);
    expect(problemsAfter((doc) => (doc.schemaVersion = '1'))).to.deep.equal(["schemaVersion: expected 1, got '1'"]);
  });

  const cases: Array<[string, (doc: Loose) => void, string]> = [
    ['wrong schema version', (d) => (d.schemaVersion = 2), 'schemaVersion'],
    ['missing study', (d) => delete d.study, 'study'],
    ['study is a list', (d) => (d.study = []), 'study'],
    ['unknown field (a typo)', (d) => (d.evidence.stauts = []), 'evidence.stauts'],
    ['empty title', (d) => (d.study.title = '  '), 'study.title'],
    ['huge string', (d) => (d.study.title = 'x'.repeat(100000)), 'study.title'],
    ['bad date', (d) => (d.study.published = '2019-13-01'), 'study.published'],
    ['impossible date', (d) => (d.evidence.statusAsOf = '2019-02-30'), 'evidence.statusAsOf'],
    ['year zero', (d) => (d.study.published = '0000-01-01'), 'study.published'],
    ['javascript: URL', (d) => (d.study.url = 'javascript:alert(1)'), 'study.url'],
    ['data: URL in news', (d) => (d.study.news.url = 'data:text/html,<script>1</script>'), 'study.news.url'],
    ['bad PMID', (d) => (d.study.pmid = 'abc'), 'study.pmid'],
    ['no authors', (d) => (d.study.authors = []), 'study.authors'],
    ['bad peer review', (d) => (d.evidence.peerReview = 'yes'), 'evidence.peerReview'],
    ['unknown study type', (d) => d.evidence.studyTypes.push('anecdote'), 'evidence.studyTypes[2]'],
    ['missing definition', (d) => delete d.evidence.definitions.experimental, 'evidence.definitions.experimental'],
    ['statement without claims', (d) => (d.evidence.summary.claims = []), 'evidence.summary.claims'],
    ['claims not a list', (d) => (d.evidence.summary.claims = 'C01'), 'evidence.summary.claims'],
    ['text of the wrong shape', (d) => (d.evidence.summary.text = { patient: 'x' }), 'evidence.summary.text.clinician'],
    ['number as text', (d) => (d.mechanism.title = 42), 'mechanism.title'],
    ['no steps', (d) => (d.mechanism.steps = []), 'mechanism.steps'],
    ['duplicate step id', (d) => (d.mechanism.steps[1].id = d.mechanism.steps[0].id), 'mechanism.steps[1].id'],
    ['a step showing an unknown actor', (d) => (d.mechanism.steps[2].scene.show[0] = 'x'), 'mechanism.steps[2].scene.show[0]: unknown actor id "x"'],
    ['a step focusing an unknown actor', (d) => (d.mechanism.steps[0].scene.focus = ['laser']), 'mechanism.steps[0].scene.focus[0]: unknown actor id "laser"'],
    ['a focus on an actor not shown', (d) => (d.mechanism.steps[0].scene.focus = ['plerixafor']), 'mechanism.steps[0].scene.focus[0]: "plerixafor" is not shown'],
    ['a state for an unknown actor', (d) => (d.mechanism.steps[0].scene.states = { laser: 'more' }), 'mechanism.steps[0].scene.states.laser: unknown field'],
    ['a bad actor state in a step', (d) => (d.mechanism.steps[0].scene.states.collagen = 'thick'), 'mechanism.steps[0].scene.states.collagen: expected one of normal, more, less, blocked'],
    ['an unknown field in a step scene', (d) => (d.mechanism.steps[0].scene.collagen = 'dense'), 'mechanism.steps[0].scene.collagen: unknown field'],
    ['a step scene without alt', (d) => delete d.mechanism.steps[1].scene.alt, 'mechanism.steps[1].scene.alt'],
    ['a step without a scene when the document has a picture', (d) => delete d.mechanism.steps[3].scene, 'mechanism.steps[3].scene: missing'],
    ['step scenes without actors', (d) => delete d.mechanism.scene, 'mechanism.steps[0].scene: a step scene needs the actors'],
    ['an unknown actor kind', (d) => (d.mechanism.scene.actors[0].kind = 'laser'), 'mechanism.scene.actors[0].kind: expected one of cell, tissue'],
    ['a field of another kind', (d) => (d.mechanism.scene.actors[0].mark = 'T'), 'mechanism.scene.actors[0].mark: unknown field'],
    ['an actor off the picture', (d) => (d.mechanism.scene.actors[1].x = 900), 'mechanism.scene.actors[1].x: expected a number from 0 to 400'],
    ['a duplicate actor id', (d) => (d.mechanism.scene.actors[1].id = d.mechanism.scene.actors[0].id), 'mechanism.scene.actors[1].id: duplicate actor id'],
    ['an actor without a label', (d) => delete d.mechanism.scene.actors[2].label, 'mechanism.scene.actors[2].label'],
    ['too many cells in a cluster', (d) => (d.mechanism.scene.actors[1].count = 12), 'mechanism.scene.actors[1].count'],
    ['a bad cell shape', (d) => (d.mechanism.scene.actors[1].shape = 'star'), 'mechanism.scene.actors[1].shape'],
    ['too many steps', (d) => (d.mechanism.steps = Array(100).fill(d.mechanism.steps[0])), 'mechanism.steps'],
    ['unknown arm', (d) => (d.arms.outcomes[0].results[0].arm = 'icb2'), 'arms.outcomes[0].results[0].arm'],
    ['two results for one arm', (d) => (d.arms.outcomes[0].results[1].arm = d.arms.outcomes[0].results[0].arm), 'arms.outcomes[0].results[1].arm'],
    ['unknown result kind', (d) => (d.arms.outcomes[0].results[0].kind = 'guess'), 'arms.outcomes[0].results[0].kind'],
    ['ratio against the direction', (d) => {
      const r = d.arms.outcomes.flatMap((o: Loose) => o.results).find((x: Loose) => x.ratio);
      r.ratio = 0.5;
    }, 'ratio'],
    ['relation without comparison', (d) => {
      const r = d.arms.outcomes.flatMap((o: Loose) => o.results).find((x: Loose) => x.relation === 'more' || x.relation === 'less');
      delete r.to;
    }, '.to'],
    ['measured value without n', (d) => (d.arms.outcomes[0].results[0] = { arm: d.arms.outcomes[0].results[0].arm, kind: 'measured', value: 3, claims: ['C20'] }), 'arms.outcomes[0].results[0].n'],
    ['measured value that is not finite', (d) => (d.arms.outcomes[0].results[0] = { arm: d.arms.outcomes[0].results[0].arm, kind: 'measured', value: 'Infinity', n: 3, claims: ['C20'] }), 'arms.outcomes[0].results[0].value'],
    ['unknown claim id with a ledger', (d) => {
      d.ledger = [{ id: 'C01' }];
    }, 'unknown claim id'],
  ];

  for (const [name, change, expected] of cases) {
    it(`reports ${name}`, () => {
      const problems = problemsAfter(change);
      expect(problems.some((p) => p.includes(expected)), problems.join('\n')).to.equal(true);
    });
  }

  it('rejects a field its type does not have in every object of the document, at its path', () => {
    // Each object has a field table (or, for records such as definitions, its known keys).
    const objects: string[][] = [];
    const walk = (value: unknown, path: string[]) => {
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, `[${i}]`]));
      else if (value && typeof value === 'object') {
        objects.push(path);
        for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
      }
    };
    walk(copyOfDefault(), []);
    expect(objects.length).to.be.greaterThan(100);
    for (const path of objects) {
      const problems = problemsAfter((doc) => {
        const node = path.reduce<Loose>((n, key) => n[key.startsWith('[') ? Number(key.slice(1, -1)) : key], doc);
        node.notAField = 'x';
      });
      const at = [...path, 'notAField'].join('.').replace(/\.\[/g, '[');
      expect(problems).to.deep.equal([`${at}: unknown field`]);
    }
  });

  it('checks claim ids against a given ledger', () => {
    const result = validateExplainer(copyOfDefault(), { claimIds: ['C01'] });
    expect(result.valid).to.equal(false);
    expect(result.problems[0].message).to.match(/unknown claim id/);
  });
});

/** Every claim id the default document uses, for a ledger that knows them all. */
function claimIdsOf(doc: unknown): string[] {
  const ids = new Set<string>();
  JSON.stringify(doc, (key, value: unknown) => {
    if (key === 'claims' && Array.isArray(value)) for (const id of value) ids.add(id as string);
    return value;
  });
  return [...ids];
}

describe('validateExplainer: results the chart would show misleadingly', () => {
  const measured = (value: unknown, extra: Loose = {}) => (doc: Loose) => {
    doc.arms.outcomes[1].unit = 'mmHg';
    doc.arms.outcomes[1].results[0] = { arm: 'control', kind: 'measured', value, n: 3, claims: ['C21'], ...extra };
  };

  it('needs a result for every arm in every outcome (kind not-reported says the source has none)', () => {
    expect(problemsAfter((doc) => doc.arms.outcomes[1].results.splice(0, 1))).to.deep.equal([
      "arms.outcomes[1].results: no result for arm 'control'",
    ]);
  });

  it('rejects a comparison, with a ratio or without, with an arm that has no result', () => {
    expect(problemsAfter((doc) => (doc.arms.outcomes[0].results[2] = { arm: 'icb', kind: 'not-reported' }))).to.deep.equal([
      "arms.outcomes[0].results[3].to[0]: no result for arm 'icb'",
    ]);
    expect(problemsAfter((doc) => (doc.arms.outcomes[6].results[0] = { arm: 'control', kind: 'not-reported' }))).to.deep.equal([
      "arms.outcomes[6].results[1].to[0]: no result for arm 'control'",
    ]);
  });

  it('rejects two arms compared both ways in contradiction, and accepts them in agreement', () => {
    const icb = (relation: string, ratio?: number) => (doc: Loose) =>
      (doc.arms.outcomes[0].results[2] = { arm: 'icb', kind: 'relation', relation, to: ['combination'], ...(ratio ? { ratio } : {}), claims: ['C22'] });
    const contradicts = ["arms.outcomes[0].results[2].to[0]: contradicts arm 'combination'", "arms.outcomes[0].results[3].to[0]: contradicts arm 'icb'"];
    // The combination is 2× icb.
    expect(problemsAfter(icb('more', 3)), 'A 2× B and B 3× A').to.deep.equal(contradicts);
    expect(problemsAfter(icb('less', 0.25)), 'A 2× B and B 0.25× A').to.deep.equal(contradicts);
    expect(problemsAfter(icb('similar')), 'A more than B, B similar to A').to.deep.equal(contradicts);
    expect(problemsAfter(icb('less', 0.5)), 'A 2× B and B 0.5× A').to.deep.equal([]);
    expect(problemsAfter(icb('less', 0.52)), 'rounded by the source').to.deep.equal([]);
    expect(problemsAfter(icb('less')), 'A more than B, B less than A').to.deep.equal([]);
  });

  it("rejects an arm listed twice in 'to' (\"than Usual care and Usual care\")", () => {
    expect(problemsAfter((doc) => doc.arms.outcomes[3].results[3].to.push('icb'))).to.deep.equal(["arms.outcomes[3].results[3].to[3]: 'icb' is listed twice"]);
  });

  it('rejects values the chart cannot show as given: non-zero below 1e-10 (shown as 0 or -0), -0, beyond 1e15', () => {
    const message = 'expected 0 or a size from 1e-10 to 1e+15';
    for (const value of [5e-324, -1e-11, 4e-11, -0, 1.7e308, -1.7e308, 1e16]) {
      expect(problemsAfter(measured(value)), String(value)).to.deep.equal([`arms.outcomes[1].results[0].value: ${message}`]);
    }
    expect(problemsAfter(measured(1, { interval: [-1.7e308, 1.7e308] }))).to.deep.equal([
      `arms.outcomes[1].results[0].interval[0]: ${message}`,
      `arms.outcomes[1].results[0].interval[1]: ${message}`,
    ]);
    expect(problemsAfter(measured(1, { n: 1e300 }))).to.deep.equal(['arms.outcomes[1].results[0].n: expected a whole number from 1 to 1e+15']);
    expect(problemsAfter((doc) => (doc.arms.outcomes[0].results[3].ratio = 1e300))).to.deep.equal([`arms.outcomes[0].results[3].ratio: ${message}`]);
  });

  it('accepts the values at the bounds', () => {
    for (const value of [0, 1e-10, -1e-10, 1e15, -1e15, 42.5]) expect(problemsAfter(measured(value, { interval: [-1e15, 1e15], n: 1e15 })), String(value)).to.deep.equal([]);
  });
});

describe('validateExplainer: documents it used to reject wrongly', () => {
  it('accepts numeric claim ids ("1", "12"), in statements and in the ledger', () => {
    const doc = copyOfDefault() as unknown as Loose;
    doc.evidence.summary.claims = ['1', '12'];
    doc.ledger = claimIdsOf(doc).map((id) => ({ id }));
    expect(validateExplainer(doc).problems.map(formatProblem)).to.deep.equal([]);
  });

  it('accepts a language tag with extensions or a region (en-US-u-nu-latn, es-419) and still rejects a malformed one', () => {
    expect(problemsAfter((doc) => (doc.lang = 'en-US-u-nu-latn'))).to.deep.equal([]);
    expect(problemsAfter((doc) => (doc.lang = 'en-x-study'))).to.deep.equal([]);
    expect(problemsAfter((doc) => (doc.lang = 'es-419'))).to.deep.equal([]);
    expect(problemsAfter((doc) => (doc.lang = 'en-'))).to.deep.equal(["lang: not a valid language tag: 'en-'"]);
    expect(problemsAfter((doc) => (doc.lang = 'en-abcdefghi'))).to.deep.equal(["lang: not a valid language tag: 'en-abcdefghi'"]);
  });

  it('accepts a DOI as a link or with doi: before it, and leaves the document as written', () => {
    for (const doi of ['https://doi.org/10.1073/pnas.1815515116', 'doi:10.1073/pnas.1815515116', 'DOI:10.1073/pnas.1815515116', 'http://dx.doi.org/10.1073/pnas.1815515116']) {
      const doc = copyOfDefault() as unknown as Loose;
      doc.study.doi = doi;
      expect(validateExplainer(doc).problems.map(formatProblem), doi).to.deep.equal([]);
      expect(doc.study.doi).to.equal(doi);
    }
    expect(problemsAfter((doc) => (doc.study.doi = 'https://example.org/10.1073/x'))).to.deep.equal(["study.doi: not a valid DOI: 'https://example.org/10.1073/x'"]);
  });

  it('accepts a PMCID in lower case', () => {
    expect(problemsAfter((doc) => (doc.study.pmcid = 'pmc6410779'))).to.deep.equal([]);
    expect(problemsAfter((doc) => (doc.study.pmcid = '6410779'))).to.deep.equal(["study.pmcid: not a valid PMCID: '6410779'"]);
  });

  it('rejects a ledger id given twice', () => {
    const doc = copyOfDefault() as unknown as Loose;
    doc.ledger = [...claimIdsOf(doc), 'C01'].map((id) => ({ id }));
    expect(validateExplainer(doc).problems.map(formatProblem)).to.deep.equal([`ledger[${doc.ledger.length - 1}].id: duplicate id 'C01'`]);
  });

  it('rejects a link with a user name or password', () => {
    for (const url of ['https://user:pass@example.org/', 'https://user@example.org/', 'http://:pass@example.org/']) {
      expect(problemsAfter((doc) => (doc.study.news.url = url))).to.deep.equal([`study.news.url: not an http: or https: URL: '${url}'`]);
    }
  });
});
