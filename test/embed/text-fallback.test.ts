import { expect } from '@open-wc/testing';
import { FALLBACK_TAGS, textFallback, type FallbackTag } from '../../src/prerender/text-fallback.js';
import { defaultExplainer } from '../../src/content/default/index.js';
import { strings } from '../../src/strings.js';
import { formatDate } from '../../src/i18n/locale.js';
import { textFor } from '../../src/content/text.js';
import { AUDIENCES, type Audience, type ExplainerDocument } from '../../src/content/types.js';
import type { Language } from '../../src/i18n/languages.js';

/** The fallback parsed as a page would parse it. */
function parse(doc: ExplainerDocument, tag: FallbackTag, audience: Audience = 'patient'): HTMLElement {
  const body = new DOMParser().parseFromString(textFallback(doc, tag, { audience }), 'text/html').body;
  expect(body.children.length, 'one root element').to.equal(1);
  return body.firstElementChild as HTMLElement;
}

/** Every string value in a JSON-like value. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

const docs = defaultExplainer.map((doc) => [doc.lang as Language, doc] as const);

/** The built-in study's own mark for its animals (mechanism.subjectsLabel), as it showed before the label came from the document. */
const IN_MICE: Record<Language, string> = { en: 'In mice', es: 'En ratones' };

describe('text fallback (src/prerender/text-fallback.ts)', () => {
  for (const [lang, doc] of docs) {
    for (const audience of AUDIENCES) {
      const t = (text: Parameters<typeof textFor>[0]) => textFor(text, audience);

      it(`${lang}, ${audience}: the stepper's fallback has the title and every step, in order, in mice where flagged`, () => {
        const root = parse(doc, 'mechanism-stepper', audience);
        expect(root.getAttribute('lang')).to.equal(doc.lang);
        expect(root.textContent).to.contain(t(doc.mechanism.title));
        const items = [...root.querySelectorAll('ol > li')];
        expect(items).to.have.length(doc.mechanism.steps.length);
        doc.mechanism.steps.forEach((step, i) => {
          expect(items[i].querySelector('strong')!.textContent, step.id).to.contain(t(step.title));
          expect(items[i].textContent, step.id).to.contain(t(step.body));
          const mark = items[i].querySelector('.study-explainer-mice');
          expect(mark?.textContent ?? null, step.id).to.equal(step.inMice ? IN_MICE[lang] : null);
        });
      });

      it(`${lang}, ${audience}: the chart's fallback has the summary, the design, every group and every outcome with its summary`, () => {
        const text = parse(doc, 'study-arms-chart', audience).textContent!;
        for (const value of [doc.arms.title, doc.arms.summary.text, doc.arms.design.text, doc.arms.takeaway?.text]) expect(text).to.contain(t(value));
        for (const arm of doc.arms.arms) expect(text, arm.id).to.contain(t(arm.label));
        for (const outcome of doc.arms.outcomes) {
          expect(text, outcome.id).to.contain(t(outcome.label));
          expect(text, outcome.id).to.contain(t(outcome.summary));
        }
      });

      it(`${lang}, ${audience}: the badge's fallback has the headline, the badge words, the evidence summary and the dated status`, () => {
        const text = parse(doc, 'evidence-badge', audience).textContent!;
        const ev = doc.evidence;
        const ui = strings[lang].badge;
        for (const value of [doc.study.headline, ev.summary.text, ev.subjectsShort, ...ev.status.map((s) => s.text)]) expect(text).to.contain(t(value));
        for (const word of [ui[`short-${ev.stage}`], ui[ev.peerReview]]) expect(text).to.contain(word);
        expect(text).to.contain(formatDate(ev.statusAsOf, lang, 'month'));
      });
    }

    it(`${lang}: every widget's fallback ends with the source and a link to the paper`, () => {
      for (const tag of FALLBACK_TAGS) {
        const source = parse(doc, tag).querySelector('.study-explainer-source')!;
        expect(source.textContent, tag).to.contain(doc.study.journalShort ?? doc.study.journal).and.to.contain(formatDate(doc.study.published, lang));
        expect(source.querySelector('a')!.getAttribute('href'), tag).to.equal(`https://doi.org/${doc.study.doi}`);
      }
    });

    it(`${lang}: never writes words of its own, only the document's and the UI strings`, () => {
      // Template slots ("{date}") split a UI string into the literal words around them.
      const ui = allStrings(strings[lang]).flatMap((s) => s.split(/\{\w+\}/));
      const dates = [doc.study.published, doc.study.news!.date].map((d) => formatDate(d, lang));
      const known = [...allStrings(doc), ...ui, ...dates, formatDate(doc.evidence.statusAsOf, lang, 'month')]
        .map((s) => s.trim())
        .filter((s) => s.length > 1)
        .sort((a, b) => b.length - a.length);
      for (const tag of FALLBACK_TAGS) {
        for (const audience of AUDIENCES) {
          let rest = parse(doc, tag, audience).textContent!;
          for (const s of known) rest = rest.split(s).join(' ');
          expect(rest.replace(/[\s.,:;·]/g, ''), `${tag} ${audience}: words not from the document or the UI`).to.equal('');
        }
      }
    });
  }

  it('escapes every value and links only web addresses', () => {
    const doc = structuredClone(defaultExplainer[0]) as ExplainerDocument;
    doc.mechanism.steps[0].title = '<img src=x onerror="alert(1)"> & "quotes"';
    doc.arms.outcomes[0].label = '</li></ul><script>alert(1)</script>';
    doc.study.url = 'javascript:alert(1)';
    doc.study.doi = undefined;
    doc.lang = 'en" onclick="alert(1)';
    for (const tag of FALLBACK_TAGS) {
      const root = parse(doc, tag, 'patient');
      expect(root.querySelector('img, script'), tag).to.equal(null);
      expect(root.getAttribute('onclick'), tag).to.equal(null);
      expect(root.querySelector('a'), tag).to.equal(null);
    }
    expect(parse(doc, 'mechanism-stepper').querySelector('li strong')!.textContent).to.equal('<img src=x onerror="alert(1)"> & "quotes"');
    expect(parse(doc, 'study-arms-chart').querySelector('.study-explainer-outcomes strong')!.textContent).to.equal(
      '</li></ul><script>alert(1)</script>',
    );
  });

  it('marks a made-up document as an example, with the UI words', () => {
    const doc = { ...structuredClone(defaultExplainer[1]), example: true } as ExplainerDocument;
    expect(parse(doc, 'evidence-badge').querySelector('.study-explainer-notice')!.textContent).to.equal(strings.es.common.exampleNotice);
    expect(parse(defaultExplainer[1], 'evidence-badge').querySelector('.study-explainer-notice')).to.equal(null);
  });
});
