import { expect } from '@open-wc/testing';
import { glossaryEs } from '../../src/content/default/glossary.es.js';
import type { ExplainerDocument } from '../../src/content/types.js';
import { strings } from '../../src/strings.js';
import { embedPageStrings, wordpressFallbackStrings } from '../../src/i18n/common.strings.js';
import { copyOfDefault } from '../support/helpers.js';
import { ALT_WORDS } from './scene-alt-words.js';
import {
  MAX_SENTENCE_WORDS,
  checkGlossary,
  checkNoComparator,
  checkSceneAlts,
  checkSentenceLength,
  readerTexts,
  stringEntries,
  type UncomparedOutcome,
} from './wording-rules.js';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** C21: the article names no comparison group for lung metastases and survival. */
const UNCOMPARED: UncomparedOutcome[] = [
  {
    id: 'lung-metastases',
    // The outcome, not any mention of the lungs ("samples … from the liver or lungs", C12).
    topic: { en: /\blung (?:tumou?rs?|metastas[ie]s)\b|\btumou?rs? (?:spread )?(?:in|to) the lungs\b/i, es: /tumores (?:extendidos )?(?:en|a) los pulmones|metástasis pulmonares/iu },
    comparedBy: ['C19'],
  },
  { id: 'survival', topic: { en: /\b(?:lived|lives?|living|surviv\w*)\b/i, es: /(?<!\p{L})(?:viv\p{L}*|supervivencia|vidas?)(?!\p{L})/iu }, comparedBy: ['C19'] },
];

const docs = { en: copyOfDefault('en'), es: copyOfDefault('es') };
const stepIndex = (doc: ExplainerDocument, id: string) => doc.mechanism.steps.findIndex((s) => s.id === id);
const outcomeIndex = (doc: ExplainerDocument, id: string) => doc.arms.outcomes.findIndex((o) => o.id === id);

/** Every Spanish text a reader can see: both documents' words and every UI string. */
const spanishTexts = () => [
  ...readerTexts(docs.es),
  ...stringEntries({ ui: strings.es, embed: embedPageStrings.es, wordpress: wordpressFallbackStrings.es }),
];

describe('wording rules: the default documents', () => {
  for (const lang of ['en', 'es'] as const) {
    describe(lang, () => {
      const doc = docs[lang];

      it(`has no patient sentence over ${MAX_SENTENCE_WORDS[lang]} words`, () => {
        expect(checkSentenceLength(doc)).to.deep.equal([]);
      });

      it('compares lung metastases and survival with no group (C21)', () => {
        expect(checkNoComparator(doc, UNCOMPARED)).to.deep.equal([]);
      });

      it('describes in each step picture what is drawn, and nothing more', () => {
        expect(checkSceneAlts(doc, ALT_WORDS[lang])).to.deep.equal([]);
      });
    });
  }

  it('uses no variant the Spanish glossary rejects, in the document or the UI strings', () => {
    expect(checkGlossary(spanishTexts(), glossaryEs)).to.deep.equal([]);
  });

  it('gives every glossary entry a preferred term, rejected variants and a note', () => {
    for (const entry of glossaryEs) {
      expect(entry.preferred, JSON.stringify(entry)).to.not.equal('');
      expect(entry.rejected.length, entry.preferred).to.be.greaterThan(0);
      expect(entry.note.length, entry.preferred).to.be.greaterThan(10);
    }
  });
});

describe('wording rules: the text before issue #24 is reported', () => {
  it('sentence length: the 25-word English and 31-word Spanish sentences', () => {
    const en = copyOfDefault('en') as unknown as Loose;
    en.arms.summary.text.patient =
      'All of these results are from mice. It gives one size: with plerixafor plus checkpoint inhibitors, a common kind of immune treatment, long-term remission was double the rate with checkpoint inhibitors alone.';
    expect(checkSentenceLength(en as ExplainerDocument).join('\n')).to.contain('arms.summary.text.patient: a sentence of 25 words (at most 20)');
    const es = copyOfDefault('es') as unknown as Loose;
    es.mechanism.steps[stepIndex(docs.es, 'checkpoint')].body.patient =
      'En ratones, sumar plerixafor a los inhibidores de puntos de control, un tipo común de tratamiento inmunitario, hizo que hubiera menos tumores en los pulmones y que los ratones vivieran más.';
    expect(checkSentenceLength(es as ExplainerDocument).join('\n')).to.contain('.body.patient: a sentence of 31 words (at most 22)');
    // Clinician text is not held to the patient limit.
    const clinician = copyOfDefault('en') as unknown as Loose;
    clinician.arms.summary.text.clinician = `${'word '.repeat(40).trim()}.`;
    expect(checkSentenceLength(clinician as ExplainerDocument)).to.deep.equal([]);
  });

  it('comparator: "adding plerixafor … led to fewer lung tumors" and "compared with which groups"', () => {
    const en = copyOfDefault('en') as unknown as Loose;
    const step = stepIndex(docs.en, 'checkpoint');
    en.mechanism.steps[step].body.patient =
      'In mice, adding plerixafor to checkpoint inhibitors, a common kind of immune treatment, led to fewer lung tumors and longer lives. The rate of long-term remission was double the rate with checkpoint inhibitors alone.';
    en.arms.outcomes[outcomeIndex(docs.en, 'survival')].summary = 'Mice given both drugs lived longer. The article does not say compared with which groups.';
    const problems = checkNoComparator(en as ExplainerDocument, UNCOMPARED);
    expect(problems.some((p) => p.startsWith(`mechanism.steps[${step}].body.patient: 'adding' compares 'lung-metastases'`)), problems.join('\n')).to.equal(true);
    expect(problems.some((p) => p.startsWith(`arms.outcomes[${outcomeIndex(docs.en, 'survival')}].summary: 'compared with' compares 'survival'`)), problems.join('\n')).to.equal(true);
    // The remission sentence of the same step compares with checkpoint inhibitors alone (C22): allowed.
    expect(problems.some((p) => p.includes('remission')), problems.join('\n')).to.equal(false);
  });

  it('comparator, Spanish: "sumar plerixafor … menos tumores en los pulmones", "frente a qué grupos", "que los de los otros grupos"', () => {
    const es = copyOfDefault('es') as unknown as Loose;
    const step = stepIndex(docs.es, 'checkpoint');
    es.mechanism.steps[step].body.patient =
      'En ratones, sumar plerixafor a los inhibidores de puntos de control hizo que hubiera menos tumores en los pulmones y que los ratones vivieran más.';
    es.arms.outcomes[outcomeIndex(docs.es, 'lung-metastases')].summary = 'Los ratones con ambos fármacos tuvieron menos tumores extendidos a los pulmones. El artículo no dice frente a qué grupos.';
    es.arms.takeaway.text.patient = 'En ratones, los que recibieron ambos fármacos vivieron más tiempo que los de los otros grupos.';
    const problems = checkNoComparator(es as ExplainerDocument, UNCOMPARED).join('\n');
    expect(problems).to.contain(`mechanism.steps[${step}].body.patient: 'sumar' compares 'lung-metastases'`);
    expect(problems).to.contain(`arms.outcomes[${outcomeIndex(docs.es, 'lung-metastases')}].summary: 'frente a' compares 'lung-metastases'`);
    expect(problems).to.contain("arms.takeaway.text.patient: 'los otros' compares 'survival'");
  });

  it('comparator: an outcome listed as uncompared must say so in its results', () => {
    const en = copyOfDefault('en') as unknown as Loose;
    const i = outcomeIndex(docs.en, 'survival');
    for (const r of en.arms.outcomes[i].results) delete r.comparison;
    expect(checkNoComparator(en as ExplainerDocument, UNCOMPARED)).to.include(
      `arms.outcomes[${i}].results: 'survival' is listed as uncompared but no result says comparison: 'not-stated'`,
    );
  });

  it('picture descriptions: every old alt, in both languages', () => {
    const OLD: Record<'en' | 'es', Record<string, string>> = {
      en: {
        fibroblasts: 'Tumor cells in a thin ring of collagen fibers, with fibroblasts in the ring. An open blood vessel with oxygen lies below.',
        signal: 'Dots of the CXCL12 signal near the tumor. There are more fibroblasts, and the collagen ring is thick.',
        receptor: 'The fibroblasts now show CXCR4 receptors next to the CXCL12 signal. The collagen ring is thick.',
        squeeze: 'The thick collagen ring presses on the blood vessel below. The vessel is narrow and there is little oxygen.',
        'kept-out': 'Immune T cells wait outside the thick collagen ring, held back by bars. The vessel is still narrow.',
        plerixafor: 'In mice: plerixafor sits on the CXCR4 receptors. The collagen ring is thin, the vessel is open and oxygen is back.',
        'immune-in': 'In mice: with the collagen ring thin, immune T cells are now among the tumor cells.',
        checkpoint: 'In mice: checkpoint inhibitor marks sit next to the immune T cells among the tumor cells. Plerixafor still blocks the receptors.',
      },
      es: {
        fibroblasts: 'Células tumorales dentro de un anillo fino de fibras de colágeno, con fibroblastos en el anillo. Abajo hay un vaso sanguíneo abierto con oxígeno.',
        signal: 'Puntos de la señal CXCL12 cerca del tumor. Hay más fibroblastos y el anillo de colágeno es grueso.',
        receptor: 'Los fibroblastos muestran ahora receptores CXCR4 junto a la señal CXCL12. El anillo de colágeno es grueso.',
        squeeze: 'El anillo grueso de colágeno aprieta el vaso sanguíneo de abajo. El vaso es estrecho y hay poco oxígeno.',
        'kept-out': 'Las células T del sistema inmunitario esperan fuera del anillo grueso de colágeno, frenadas por barras. El vaso sigue estrecho.',
        plerixafor: 'En ratones: el plerixafor se une a los receptores CXCR4. El anillo de colágeno es fino, el vaso está abierto y vuelve el oxígeno.',
        'immune-in': 'En ratones: con el anillo de colágeno fino, las células T del sistema inmunitario están ahora entre las células tumorales.',
        checkpoint: 'En ratones: marcas de inhibidores de puntos de control junto a las células T, entre las células tumorales. El plerixafor sigue bloqueando los receptores.',
      },
    };
    for (const lang of ['en', 'es'] as const) {
      const doc = copyOfDefault(lang);
      for (const step of doc.mechanism.steps) step.scene!.alt = OLD[lang][step.id];
      const problems = checkSceneAlts(doc, ALT_WORDS[lang]);
      doc.mechanism.steps.forEach((step, i) => {
        expect(problems.some((p) => p.startsWith(`mechanism.steps[${i}].scene.alt:`)), `${lang} ${step.id}:\n${problems.join('\n')}`).to.equal(true);
      });
    }
    const en = copyOfDefault('en');
    for (const step of en.mechanism.steps) step.scene!.alt = OLD.en[step.id];
    const problems = checkSceneAlts(en, ALT_WORDS.en);
    expect(problems).to.include("mechanism.steps[1].scene.alt: 'more fibroblasts' is not in the picture");
    expect(problems).to.include("mechanism.steps[1].scene.alt: 'fibroblasts' is drawn 'more' (count 2): say \"two fibroblasts drawn in bold\"");
    expect(problems).to.include("mechanism.steps[3].scene.alt: 'presses' is not in the picture");
    expect(problems).to.include("mechanism.steps[2].scene.alt: 'next to' is not in the picture");
    expect(problems).to.include("mechanism.steps[5].scene.alt: 'is back' is not in the picture");
  });

  it('picture descriptions: an alt that no longer matches a changed drawing', () => {
    const doc = copyOfDefault('en');
    const step = doc.mechanism.steps[stepIndex(doc, 'squeeze')];
    step.scene!.states = { ...step.scene!.states, vessel: 'normal' };
    (doc.mechanism.scene!.actors.find((a) => a.id === 'fibroblasts') as { count?: number }).count = 3;
    const problems = checkSceneAlts(doc, ALT_WORDS.en);
    expect(problems).to.include(`mechanism.steps[${stepIndex(doc, 'squeeze')}].scene.alt: 'vessel' is drawn 'normal' (count 1): say "open blood vessel"`);
    expect(problems).to.include(`mechanism.steps[${stepIndex(doc, 'squeeze')}].scene.alt: 'narrow blood vessel' but 'vessel' is drawn 'normal'`);
    expect(problems).to.include('mechanism.steps[0].scene.alt: \'fibroblasts\' is drawn \'normal\' (count 3): say "three fibroblasts"');
  });

  it('glossary: the Spanish the issue lists', () => {
    const texts = [
      { path: 'a', text: 'El tejido grueso aprieta los vasos.' },
      { path: 'b', text: 'En ratones, el plerixafor adelgazó el tejido.' },
      { path: 'c', text: 'Con poco oxígeno, las células rinden menos; la hipoxia amortigua a las células.' },
      { path: 'd', text: 'A marzo de 2019, no se había probado.' },
      { path: 'e', text: 'Los tumores extendidos; los tumores de mujeres.' },
      { path: 'f', text: 'Se quitó el primer tumor con cirugía.' },
      { path: 'chart.than', text: '{words} que {arms}' },
      { path: 'g', text: 'El artículo dice hacia dónde fueron los cambios.' },
      { path: 'chart.ratioAxis', text: 'Veces el grupo de referencia ({arm})' },
      { path: 'h', text: 'Financiado por el Instituto Nacional del Cáncer de EE. UU. (NCI).' },
      { path: 'i', text: 'Un fármaco para trasplantes.' },
    ];
    const problems = checkGlossary(texts, glossaryEs);
    for (const { path } of texts) expect(problems.some((p) => p.startsWith(`${path}: `)), `${path}:\n${problems.join('\n')}`).to.equal(true);
    expect(problems).to.include('a: \'tejido grueso\' (glossary: use "tejido denso (exceso de tejido fibroso)")');
    expect(checkGlossary([{ path: 'ok', text: 'Financiado por el Instituto Nacional del Cáncer (NCI) de EE. UU. Hasta marzo de 2019.' }], glossaryEs)).to.deep.equal([]);
  });
});

describe('the words issue #24 asks for, literally', () => {
  const step = (lang: 'en' | 'es', id: string) => docs[lang].mechanism.steps[stepIndex(docs[lang], id)];
  const patient = (t: unknown) => (t as { patient: string }).patient;
  const clinician = (t: unknown) => (t as { clinician: string }).clinician;
  const status = (lang: 'en' | 'es', i: number) => docs[lang].evidence.status[i].text;

  it('says only that plerixafor is used in bone marrow (stem cell) transplants', () => {
    expect(patient(status('en', 2))).to.equal('Plerixafor is already approved for another use: it is used in bone marrow (stem cell) transplants.');
    expect(clinician(status('en', 2))).to.equal('Plerixafor (Mozobil) is FDA-approved for another use: it is already used in bone marrow (stem cell) transplants.');
    expect(patient(status('es', 2))).to.equal('El plerixafor ya está aprobado para otro uso: se usa en los trasplantes de médula ósea (de células madre).');
    for (const lang of ['en', 'es'] as const) {
      for (const { text } of readerTexts(docs[lang])) expect(text).to.not.match(/mobiliz|moviliz|stem cells into the blood|células madre a la sangre/i);
    }
  });

  it('dates the trial in people with breast cancer as being explored', () => {
    expect(patient(status('en', 0))).to.match(/^As of March 2019, a trial of plerixafor in people with breast cancer was being explored\./);
    expect(patient(status('es', 0))).to.match(/^Hasta marzo de 2019, se estaba estudiando la posibilidad de hacer un ensayo con plerixafor en personas con cáncer de mama\./);
    for (const lang of ['en', 'es'] as const) {
      for (const { text } of readerTexts(docs[lang])) expect(text).to.not.match(/had not been tested|no se había probado/i);
    }
  });

  it('keeps the comparison with nearby healthy tissue (C15) and names a drug used in bone marrow transplants', () => {
    expect(patient(step('en', 'receptor').title)).to.equal('Tumors from women had more CXCR4 receptors than nearby healthy tissue');
    expect(patient(step('es', 'receptor').title)).to.equal('Los tumores de las pacientes tenían más receptores CXCR4 que el tejido sano cercano');
    expect(patient(docs.en.study.headline)).to.contain('a drug used in bone marrow transplants');
    expect(patient(docs.es.study.headline)).to.contain('un fármaco usado en trasplantes de médula ósea');
  });

  it('defines long-term remission, mouse models, control treatment and the T of the picture (patient)', () => {
    // One sentence in English, as the chart's overview shows its takeaway (the definition after the colon).
    expect(patient(docs.en.arms.takeaway!.text)).to.contain('doubled long-term remission: no cancer signs for a long time.');
    expect(patient(docs.es.arms.takeaway!.text)).to.contain('duplicó la remisión a largo plazo (sin signos de cáncer).');
    expect(patient(docs.en.evidence.details[0].text)).to.contain('A mouse model is a lab mouse that gets a disease much like the one in people.');
    expect(patient(docs.en.arms.design.text)).to.match(/^The tests used three mouse models: lab mice that get a breast cancer much like the one in people\./);
    expect(docs.en.arms.arms[0].description).to.equal('Mice given a control treatment: one without the drugs being tested, used for comparison.');
    expect(patient(step('en', 'kept-out').body)).to.contain('such as T cells (marked T in the picture)');
    expect(patient(step('es', 'kept-out').body)).to.contain('como las células T (marcadas con una T en el dibujo)');
  });

  it('labels a result without a comparison group, and compares with "frente a" in Spanish', () => {
    expect(strings.en.chart.cellNotStated).to.equal('Compared with: not stated');
    expect(strings.es.chart.cellNotStated).to.equal('Frente a: no consta');
    expect(strings.es.chart.than).to.equal('{words} frente a {arms}');
    expect(strings.es.chart.ratioAxis).to.equal('Número de veces respecto al grupo de referencia ({arm})');
  });
});
