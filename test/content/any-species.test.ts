import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { strings } from '../../src/strings.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { validateExplainer } from '../../src/content/validate.js';
import { adviseExplainer } from '../../src/content/advise.js';
import { textFallback, FALLBACK_TAGS } from '../../src/prerender/text-fallback.js';
import { AUDIENCES, type ExplainerDocument } from '../../src/content/types.js';
import { captureWarnings, settled } from '../support/helpers.js';

/**
 * Any study, any species (issue 24): a study in rats says "In rats" and never "mice", in every
 * widget and its text fallback; no UI string names a species; and a widget speaks its
 * document's language throughout, buttons included.
 */

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const TAGS = ['mechanism-stepper', 'study-arms-chart', 'evidence-badge'] as const;
/** The words for mice the package could have put in on its own, in every language it speaks. */
const MICE = /\b(mice|mouse|murine|ratones|ratón|raton)\b/i;

const loadRats = async (): Promise<ExplainerDocument> => (await fetch('/docs/examples/rat-study.example.json')).json();

/** Everything a reader can get from a rendered element: its text and its accessible names. */
function readable(el: Element): string {
  const root = el.shadowRoot!;
  const names = [...root.querySelectorAll('[aria-label], [title], [alt]')].map((n) => ['aria-label', 'title', 'alt'].map((a) => n.getAttribute(a) ?? '').join(' '));
  return `${root.textContent ?? ''} ${names.join(' ')}`;
}

async function render(tag: (typeof TAGS)[number], doc: unknown, lang: string, attrs: Record<string, string> = {}) {
  const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
  el.setAttribute('lang', lang);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.data = doc;
  await fixture(html`<div></div>`).then((wrap) => wrap.append(el));
  expect(await settled(el), `${tag} settles`).to.equal('ready');
  return el;
}

describe('any species: a made-up study in rats (docs/examples/rat-study.example.json)', () => {
  it('is valid, marked as an example, and flags steps seen in its animals', async () => {
    const rats = await loadRats();
    expect(validateExplainer(rats, { claimIds: rats.ledger!.map((e) => e.id) }).problems).to.deep.equal([]);
    expect(rats.example).to.equal(true);
    expect(rats.mechanism.steps.filter((s) => s.inMice).map((s) => s.id)).to.deep.equal(['drug', 'pressure']);
  });

  it('the stepper marks each flagged step "In rats", and only those', async () => {
    const el = await render('mechanism-stepper', await loadRats(), 'en', { 'show-all': '' });
    const marks = [...el.shadowRoot!.querySelectorAll('.step')].map((step) => step.querySelector('[part~="mice"]')?.textContent ?? null);
    expect(marks).to.deep.equal([null, 'In rats', 'In rats']);
  });

  it('the badge says "In rats"', async () => {
    const el = await render('evidence-badge', await loadRats(), 'en');
    expect(el.shadowRoot!.querySelector('.pill-row')!.textContent).to.contain('In rats');
  });

  it('the chart writes its own "similar" words as a sentence that reads', async () => {
    const el = await render('study-arms-chart', await loadRats(), 'en', { view: 'panels' });
    expect(readable(el)).to.contain('About the same blood pressure (compared with Dummy drug)');
    expect(readable(el)).not.to.contain('blood pressure to Dummy drug');
  });

  // The content rule that would have caught the hard-coded label: a study not in mice, rendered
  // by every widget in every view and audience, never says "mice".
  for (const tag of TAGS) {
    for (const audience of AUDIENCES) {
      it(`<${tag}> (${audience}) never says "mice" of a study in rats, nor does its text fallback`, async () => {
        const rats = await loadRats();
        const el = await render(tag, rats, 'en', { audience, ...(tag === 'mechanism-stepper' ? { 'show-all': '' } : {}) });
        expect(readable(el).match(MICE), `<${tag}>`).to.equal(null);
        // What the fallback says, not its markup (its class names are the stepper's part names).
        const fallback = new DOMParser().parseFromString(textFallback(rats, tag, { audience }), 'text/html').body.textContent!;
        expect(fallback).to.contain('rats');
        expect(fallback.match(MICE), `${tag} fallback`).to.equal(null);
      });
    }
  }

  it('no UI string, in any language, names a species: the document says who the subjects were', () => {
    const found: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string' && MICE.test(value)) found.push(`${path}: ${value}`);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    for (const lang of LANGUAGES) walk(strings[lang], lang);
    expect(found).to.deep.equal([]);
    expect(FALLBACK_TAGS.length).to.equal(TAGS.length);
  });
});

describe('one language per widget', () => {
  for (const tag of TAGS) {
    it(`<${tag}> given only an English document under lang="es" speaks English throughout, and warns once naming both`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await render(tag, await loadRats(), 'es');
        // Render twice more: the warning stays one.
        el.setAttribute('theme', 'dark');
        await el.updateComplete;
        el.setAttribute('theme', 'light');
        await el.updateComplete;
        const text = readable(el);
        const own = (strings.en as Loose)[{ 'mechanism-stepper': 'stepper', 'study-arms-chart': 'chart', 'evidence-badge': 'badge' }[tag]];
        const es = (strings.es as Loose)[{ 'mechanism-stepper': 'stepper', 'study-arms-chart': 'chart', 'evidence-badge': 'badge' }[tag]];
        expect(text).to.contain(strings.en.common.exampleNotice);
        expect(text).not.to.contain(strings.es.common.exampleNotice);
        if (tag === 'mechanism-stepper') {
          expect(el.shadowRoot!.querySelector('button.next')!.textContent).to.contain('Next');
          expect(text).to.contain(own.showAll).and.not.to.contain(es.showAll);
        }
        if (tag === 'study-arms-chart') expect(text).to.contain(own.showTable).and.not.to.contain(es.showTable);
        if (tag === 'evidence-badge') expect(text).to.contain('Source').and.not.to.contain('Fuente');
        expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
        const about = warnings.messages.filter((m) => m.includes("lang 'es'") && m.includes("'en'"));
        expect(about, warnings.messages.join('\n')).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  }

  it('the built-in study, which has both languages, is unaffected: Spanish buttons and no warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('mechanism-stepper') as HTMLElement & { updateComplete: Promise<boolean> };
      el.setAttribute('lang', 'es');
      await fixture(html`<div></div>`).then((wrap) => wrap.append(el));
      await settled(el);
      expect(el.shadowRoot!.querySelector('button.next')!.textContent).to.contain(strings.es.stepper.next);
      expect(warnings.messages.filter((m) => m.includes('the document is in'))).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});

describe('the validator explains what a study in any species must set', () => {
  const problemsOf = async (change: (d: Loose) => void) => {
    const doc = (await loadRats()) as unknown as Loose;
    change(doc);
    return validateExplainer(doc).problems.map((p) => `${p.path}: ${p.message}`);
  };
  /** Authoring advice on a valid document (what `study-explainers validate` adds; the widgets still show it). */
  const adviceOn = async (change: (d: Loose) => void) => {
    const doc = (await loadRats()) as unknown as Loose;
    change(doc);
    const { valid, document } = validateExplainer(doc);
    expect(valid, 'the document is still valid: this is advice, not a problem').to.equal(true);
    return adviseExplainer(document!).map((p) => `${p.path}: ${p.message}`);
  };

  it('a flagged step with no label: set mechanism.subjectsLabel or evidence.subjectsShort', async () => {
    expect(await problemsOf((d) => delete d.evidence.subjectsShort)).to.deep.equal([
      'mechanism.subjectsLabel: missing: mechanism.steps[1] is flagged inMice, and the stepper marks such steps with this label, naming the study\'s animals in the document\'s language (e.g. "In rats"); set it, or set evidence.subjectsShort',
    ]);
    expect(await problemsOf((d) => ((d.mechanism.subjectsLabel = 'In rats'), delete d.evidence.subjectsShort))).to.deep.equal([]);
  });

  it('mechanism.subjectsLabel wins over evidence.subjectsShort in the stepper', async () => {
    const rats = (await loadRats()) as unknown as Loose;
    rats.mechanism.subjectsLabel = 'In young rats';
    const el = await render('mechanism-stepper', rats, 'en', { step: '1' });
    expect(el.shadowRoot!.querySelector('.step:not([hidden]) [part~="mice"]')!.textContent).to.equal('In young rats');
  });

  it('a document in a language the widgets do not speak', async () => {
    expect(await problemsOf((d) => (d.lang = 'fr'))).to.deep.equal([
      "lang: the widgets have no words in 'fr', so readers would see two languages: write the document in one of en, es",
    ]);
  });

  it('a mark wider than its circle', async () => {
    expect(await adviceOn((d) => (d.mechanism.scene.actors[1].mark = 'CO₂'))).to.deep.equal([
      'mechanism.scene.actors[1].mark: "CO₂" is drawn about 16 units wide, wider than its molecule (13): use 1 or 2 characters, e.g. "T" or "O₂"',
    ]);
    expect(await adviceOn((d) => (d.mechanism.scene.actors[1].mark = 'O₂'))).to.deep.equal([]);
  });

  it('an actor drawn over most of another', async () => {
    // A cluster of seven cells on the protein dots, listed after them at step 2.
    const problems = await adviceOn((d) => {
      d.mechanism.scene.actors.push({ id: 'cells', kind: 'cell', label: 'Cells', x: 250, y: 95, count: 7 });
      d.mechanism.steps[1].scene.show.push('cells');
    });
    expect(problems).to.deep.equal([
      'mechanism.steps[1].scene.show[4]: "cells" is drawn over most of "protein", listed before it: move one of them (x, y; sizes in docs/authoring.md, "Actor sizes")',
    ]);
  });

  it('direction words that do not read in the chart\'s sentence', async () => {
    expect(await adviceOn((d) => (d.arms.outcomes[1].directionWords.similar = 'similar blood pressure to'))).to.deep.equal([
      'arms.outcomes[1].directionWords.similar: ends with "to", left hanging in the chart\'s sentence ("{words} (compared with {groups})"): give the words only, e.g. "lower blood pressure"',
    ]);
    expect(await adviceOn((d) => (d.arms.outcomes[0].directionWords.less = { patient: 'less protein', clinician: 'lower proteinuria than placebo' }))).to.deep.equal([
      'arms.outcomes[0].directionWords.less.clinician: the chart adds the comparison itself ("{words} than {groups}"): give the words only, without "than" or "compared with", e.g. "lower blood pressure"',
    ]);
  });
});
