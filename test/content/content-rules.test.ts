import { expect } from '@open-wc/testing';
import { defaultExplainer } from '../../src/content/default/index.js';
import { plerixafor2019Ledger, plerixafor2019NamesWithDigits, plerixafor2019StatedNumbers } from '../../src/content/ledger/plerixafor-2019.ledger.js';
import type { ExplainerDocument } from '../../src/content/types.js';
import { copyOfDefault } from '../support/helpers.js';
import {
  MAX_GRADE_EN,
  MIN_SCORE_ES,
  NOT_A_TREATMENT,
  checkBannedWords,
  checkClaims,
  checkDatedStatus,
  checkNoInventedNumbers,
  checkReadability,
  checkSameStructure,
  checkSaysMice,
  checkTermsExplained,
  checkValid,
  type Term,
} from './content-rules.js';
import { loadEnglishSyllables, spanishSyllables } from './readability.js';
import Ajv from 'ajv';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ledgerIds = plerixafor2019Ledger.map((e) => e.id);
const docs = { en: copyOfDefault('en'), es: copyOfDefault('es') };
const EXAMPLE_URL = '/docs/examples/walking-trial.example.json';

/** Technical terms of this study and the words that explain them at first use (patient text). */
const TERMS: Record<'en' | 'es', Term[]> = {
  en: [
    { term: /\bfibroblasts?\b/i, explained: /\bcells?\b/i },
    { term: /\bCXCR4\b/, explained: /receptor|docking/i },
    { term: /\bCXCL12\b/, explained: /\bsignal\b/i },
    { term: /\bdesmoplasia\b/i, explained: /\btissue\b/i },
    { term: /\bcheckpoint inhibitors?\b/i, explained: /immune treatment|immunotherapy/i },
    { term: /\bplacebo\b/i, explained: /dummy/i },
    { term: /\bmetastas[ie]s\b/i, explained: /spread/i },
  ],
  es: [
    { term: /fibroblastos?/i, explained: /células?/i },
    { term: /\bCXCR4\b/, explained: /receptor|anclaje/i },
    { term: /\bCXCL12\b/, explained: /señal/i },
    { term: /desmoplasia/i, explained: /tejido/i },
    { term: /inhibidores? de puntos de control/i, explained: /tratamiento inmunitario|inmunoterapia/i },
    { term: /placebo/i, explained: /simulado|sin efecto/i },
    { term: /metástasis/i, explained: /extendi|propag|diseminad/i },
  ],
};

/** Every plerixafor rule for one document: "path: message" lines. */
function plerixaforProblems(doc: ExplainerDocument): string[] {
  const lang = doc.lang as 'en' | 'es';
  return [
    ...checkValid(doc, ledgerIds),
    ...checkClaims(doc, ledgerIds),
    ...checkNoInventedNumbers(doc, plerixafor2019StatedNumbers, plerixafor2019NamesWithDigits),
    ...checkSaysMice(doc),
    ...checkBannedWords(doc, NOT_A_TREATMENT),
    ...checkDatedStatus(doc, '2019-03-11'),
    ...checkTermsExplained(doc, TERMS[lang]),
  ];
}

/** The problems reported after `change` is applied to a copy of a default document. */
function problemsAfter(change: (doc: Loose) => void, lang: 'en' | 'es' = 'en'): string[] {
  const doc = copyOfDefault(lang) as unknown as Loose;
  change(doc);
  return plerixaforProblems(doc as ExplainerDocument);
}

async function loadExample(): Promise<ExplainerDocument> {
  const response = await fetch(EXAMPLE_URL);
  expect(response.ok, EXAMPLE_URL).to.equal(true);
  return (await response.json()) as ExplainerDocument;
}

describe('content rules: the default documents', () => {
  before(async () => {
    await loadEnglishSyllables();
  });

  for (const lang of ['en', 'es'] as const) {
    describe(lang, () => {
      const doc = docs[lang];

      it('validates, with every claim id in the ledger', () => {
        expect(checkValid(doc, ledgerIds)).to.deep.equal([]);
        expect(checkClaims(doc, ledgerIds)).to.deep.equal([]);
      });

      it('has no number the source does not state', () => {
        expect(checkNoInventedNumbers(doc, plerixafor2019StatedNumbers, plerixafor2019NamesWithDigits)).to.deep.equal([]);
      });

      it('says "mice" in every outcome, every drug step and the badge summary', () => {
        expect(checkSaysMice(doc)).to.deep.equal([]);
      });

      it('uses no banned wording and never makes plerixafor a breast cancer treatment', () => {
        expect(checkBannedWords(doc, NOT_A_TREATMENT)).to.deep.equal([]);
      });

      it('dates the clinical status (as of March 2019)', () => {
        expect(checkDatedStatus(doc, '2019-03-11')).to.deep.equal([]);
      });

      it('explains technical terms at first use in patient text', () => {
        expect(checkTermsExplained(doc, TERMS[lang])).to.deep.equal([]);
      });

      it(lang === 'en' ? `reads at Flesch–Kincaid grade ${MAX_GRADE_EN} or lower per widget (patient)` : `scores Fernández-Huerta ${MIN_SCORE_ES} or more per widget (patient)`, () => {
        const grades = checkReadability(doc);
        console.log(`[reading] ${doc.id} ${lang} patient, ${grades.formula}: ${Object.entries(grades.scores).map(([w, s]) => `${w} ${s}`).join(', ')}`);
        expect(grades.problems).to.deep.equal([]);
      });

      it('has 6 to 9 mechanism steps, each scene different from the one before', () => {
        const steps = doc.mechanism.steps;
        expect(steps.length).to.be.within(6, 9);
        steps.slice(1).forEach((step, i) => {
          expect(JSON.stringify(step.scene), step.id).to.not.equal(JSON.stringify(steps[i].scene));
        });
      });
    });
  }

  it('English and Spanish split the same texts by audience and give the same optional texts (facts are shared)', () => {
    expect(checkSameStructure(docs.en, docs.es)).to.deep.equal([]);
  });

  it('encodes exactly what the article compares', () => {
    const outcomes = docs.en.arms.outcomes;
    const ratios = outcomes.flatMap((o) => o.results).filter((r) => r.kind === 'relation' && r.ratio !== undefined);
    expect(ratios).to.have.length(1);
    const remission = outcomes.find((o) => o.results.some((r) => r.kind === 'relation' && r.ratio === 2))!;
    expect(remission.claims).to.deep.equal(['C22']);
    expect(remission.results.find((r) => r.arm === 'icb')).to.include({ kind: 'relation', relation: 'reference' });
    expect(remission.results.find((r) => r.arm === 'combination')).to.deep.include({ relation: 'more', to: ['icb'], ratio: 2 });
    for (const o of outcomes) {
      expect(o.results.some((r) => r.kind === 'measured'), o.id).to.equal(false);
      if (o.claims.includes('C21')) {
        // Lung metastases and survival: the article names no comparison group ("also decreased ... and extended").
        const expected = ['lung-metastases', 'survival'].includes(o.id) ? { comparison: 'not-stated' } : { to: ['control', 'plerixafor', 'icb'] };
        expect(o.results.find((r) => r.arm === 'combination'), o.id).to.deep.include(expected);
      }
      if (o.claims.includes('C19') || o.claims.includes('C17')) {
        expect(o.results.find((r) => r.arm === 'plerixafor'), o.id).to.deep.include({ to: ['control'] });
        expect(o.results.find((r) => r.arm === 'icb'), o.id).to.deep.include({ kind: 'not-reported' });
      }
    }
  });
});

describe('content rules: breaking a rule in a copy names the field', () => {
  const cases: Array<[string, (doc: Loose) => void, string, 'en' | 'es']> = [
    ['unknown claim id', (d) => (d.mechanism.steps[2].claims = ['C99']), "mechanism.steps[2].claims[0]: unknown claim id 'C99'", 'en'],
    ['statement without claims', (d) => (d.evidence.details[0].claims = []), 'evidence.details[0].claims: no claim ids', 'en'],
    ['invented percentage', (d) => (d.arms.outcomes[2].summary = 'In mice, 40% lived longer.'), "arms.outcomes[2].summary: number '40%' not in the source", 'en'],
    ['invented number word', (d) => (d.arms.outcomes[1].summary = 'In mice, tumors fell by half.'), "arms.outcomes[1].summary: number word 'half' not in the source", 'en'],
    ['invented number in Spanish', (d) => (d.evidence.summary.text.patient = 'En ratones, 12 de cada 20.'), "evidence.summary.text.patient: number '12' not in the source", 'es'],
    ['outcome without "mice"', (d) => {
      d.arms.outcomes[3].label = 'Immune cells';
      d.arms.outcomes[3].summary = 'More immune cells with both drugs.';
    }, 'arms.outcomes[3].summary: neither label nor summary says "mice" (patient)', 'en'],
    ['drug step without "mice"', (d) => {
      const i = d.mechanism.steps.findIndex((s: Loose) => s.inMice);
      d.mechanism.steps[i].title = 'Plerixafor thinned the tissue';
    }, '.title: does not say "mice"', 'en'],
    ['drug shown but not marked as mice', (d) => d.mechanism.steps[0].scene.show.push('plerixafor'), 'mechanism.steps[0].inMice', 'en'],
    ['badge summary without "ratones"', (d) => (d.evidence.summary.text.patient = 'Investigación temprana.'), 'evidence.summary.text.patient: does not say "ratones"', 'es'],
    ['"cure"', (d) => (d.evidence.forReaders[0].text = 'This could be a cure.'), "evidence.forReaders[0].text: banned wording 'cure'", 'en'],
    ['"breakthrough"', (d) => (d.study.headline.patient = 'A breakthrough in mice.'), "study.headline.patient: banned wording 'breakthrough'", 'en'],
    ['"milagro"', (d) => (d.arms.summary.text.patient = 'Un milagro en ratones.'), "arms.summary.text.patient: banned wording 'milagro'", 'es'],
    ['"esperanza para los pacientes"', (d) => (d.evidence.forReaders[1].text = 'Es una esperanza para los pacientes.'), 'evidence.forReaders[1].text: banned wording', 'es'],
    ['plerixafor as a breast cancer treatment', (d) => (d.evidence.status[2].text.patient = 'Plerixafor is approved for breast cancer.'), 'evidence.status[2].text.patient: banned wording', 'en'],
    ['status not dated', (d) => d.evidence.status.forEach((s: Loose) => (s.text = 'Not tested in people.')), 'evidence.status: no patient status says "march 2019"', 'en'],
    ['term not explained', (d) => (d.mechanism.steps[3].body.patient = 'Desmoplasia presses on blood vessels.'), "mechanism.steps[3].body.patient: 'Desmoplasia' is not explained", 'en'],
  ];

  for (const [name, change, expected, lang] of cases) {
    it(`reports ${name}`, () => {
      const problems = problemsAfter(change, lang);
      expect(problems.some((p) => p.includes(expected)), `expected "${expected}" in:\n${problems.join('\n')}`).to.equal(true);
    });
  }

  it('reports hard patient text per widget', async () => {
    await loadEnglishSyllables();
    const doc = copyOfDefault('en') as unknown as Loose;
    for (const step of doc.mechanism.steps) {
      step.body = 'Intratumoral cancer-associated fibroblasts synthesize extracellular collagenous matrix components, constituting desmoplastic microenvironmental architecture impeding cytotoxic lymphocyte infiltration in mice.';
    }
    expect(checkReadability(doc as ExplainerDocument).problems.join('\n')).to.match(/^stepper \(patient text\): Flesch–Kincaid grade/);
  });

  it('reports a translation whose structure or claim ids differ', () => {
    const es = copyOfDefault('es') as unknown as Loose;
    es.mechanism.steps[1].claims = ['C15'];
    es.arms.outcomes.pop();
    es.evidence.summary.text = 'Solo un texto.';
    const problems = checkSameStructure(docs.en, es);
    expect(problems).to.include("mechanism.steps[1].claims[0]: 'C14' differs from 'C15'");
    expect(problems.some((p) => p.startsWith('arms.outcomes: '))).to.equal(true);
    expect(problems).to.include('evidence.summary.text: object in one language, string in the other');
  });
});

describe('content rules: the fictional example document', () => {
  it('validates against its own ledger, is marked as an example and follows the general rules', async () => {
    await loadEnglishSyllables();
    const example = await loadExample();
    expect(example.example).to.equal(true);
    const ids = (example.ledger ?? []).map((e) => e.id);
    expect(ids.length).to.be.greaterThan(0);
    expect(checkValid(example)).to.deep.equal([]);
    expect(checkClaims(example, ids)).to.deep.equal([]);
    expect(checkBannedWords(example)).to.deep.equal([]);
    expect(checkDatedStatus(example)).to.deep.equal([]);
    const grades = checkReadability(example);
    console.log(`[reading] ${example.id} (example) patient, ${grades.formula}: ${Object.entries(grades.scores).map(([w, s]) => `${w} ${s}`).join(', ')}`);
    expect(grades.problems).to.deep.equal([]);
  });

  it('is not tied to this study: measured values with n, other labels', async () => {
    const example = await loadExample();
    expect(example.id).to.not.equal(docs.en.id);
    expect(example.arms.outcomes.flatMap((o) => o.results).some((r) => r.kind === 'measured' && r.n > 0)).to.equal(true);
    expect(example.evidence.subjects).to.include('people');
    expect(example.evidence.studyTypes).to.include('randomised-controlled-trial');
  });
});

describe('the JSON Schema (dist/explainer.schema.json)', () => {
  it('accepts the default documents and the example, and rejects a broken copy', async () => {
    const response = await fetch('/dist/explainer.schema.json');
    expect(response.ok, 'run `npm run build:schema` first').to.equal(true);
    const schema = (await response.json()) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    for (const doc of [...defaultExplainer, await loadExample()]) {
      const ok = validate(structuredClone(doc));
      expect(ok, `${doc.id} ${doc.lang}: ${JSON.stringify(validate.errors)}`).to.equal(true);
    }
    const broken = copyOfDefault('en') as unknown as Loose;
    broken.arms.outcomes[0].results[0].kind = 'guess';
    broken.evidence.stauts = [];
    expect(validate(broken)).to.equal(false);
  });

  it('covers the picture: rejects an unknown actor kind, a field of another kind, a bad state and a step scene without alt', async () => {
    const schema = (await (await fetch('/dist/explainer.schema.json')).json()) as Record<string, unknown>;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const changes: Array<[string, (d: Loose) => void]> = [
      ['unknown kind', (d) => (d.mechanism.scene.actors[0].kind = 'laser')],
      ['a mark on tissue', (d) => (d.mechanism.scene.actors[0].mark = 'T')],
      ['an actor off the picture', (d) => (d.mechanism.scene.actors[1].x = 900)],
      ['a bad state', (d) => (d.mechanism.steps[0].scene.states.collagen = 'thick')],
      ['no alt', (d) => delete d.mechanism.steps[0].scene.alt],
    ];
    for (const [name, change] of changes) {
      const doc = copyOfDefault('en') as unknown as Loose;
      change(doc);
      expect(validate(doc), name).to.equal(false);
    }
  });
});

describe('the Spanish syllable counter', () => {
  it('counts diphthongs, hiatus and silent u', () => {
    const cases: Record<string, number> = {
      ratones: 3, ratón: 2, inmunitarias: 5, tejido: 3, reúne: 3, oxígeno: 4, que: 1, guerra: 2, pingüino: 3,
      y: 1, hoy: 1, día: 2, cáncer: 2, metástasis: 4, fibroblastos: 4, desmoplasia: 4, tratamiento: 4, creado: 3, muy: 1,
    };
    for (const [word, n] of Object.entries(cases)) expect(spanishSyllables(word), word).to.equal(n);
  });
});

