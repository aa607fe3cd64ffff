import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EvidenceBadge } from '../../src/index.js';
import { badgeStrings } from '../../src/components/evidence-badge/evidence-badge.strings.js';
import { formatDate } from '../../src/i18n/locale.js';
import { STAGES, type ExplainerDocument } from '../../src/content/types.js';
import { copyOfDefault, settled } from '../support/helpers.js';
import { until } from '../support/frames.js';
import { details, fictionalTrial, part, shadow, text } from './support.js';

const badgeEn = badgeStrings.en;
const badgeEs = badgeStrings.es;

const textOf = (value: string | { patient: string; clinician: string }, audience: 'patient' | 'clinician' = 'patient') =>
  typeof value === 'string' ? value : value[audience];

async function badge(template: ReturnType<typeof html>) {
  const el = await fixture<EvidenceBadge>(template);
  expect(await settled(el)).to.equal('ready');
  return el;
}

describe('<evidence-badge> rendering', () => {
  describe('compact pill', () => {
    it('says in words that the default study is early research, its kind, in mice, and its review', async () => {
      const doc = copyOfDefault();
      const el = await badge(html`<evidence-badge lang="en"></evidence-badge>`);
      const pill = part(el, 'pill')!;
      const words = [...pill.querySelectorAll('li')].map(text);
      expect(words[0]).to.equal(badgeEn[`short-${doc.evidence.stage}`]);
      expect(words).to.include(badgeEn[doc.evidence.studyTypes[0]]);
      expect(words).to.include(badgeEn[doc.evidence.peerReview]);
      expect(text(pill)).to.match(/mice/i);
      expect(text(pill)).to.contain('Early research');
      expect(pill.getAttribute('aria-label')).to.equal(badgeEn.label);
    });

    it('is the default variant: a pill, the one-line summary and a closed native disclosure', async () => {
      const doc = copyOfDefault();
      const el = await badge(html`<evidence-badge lang="en"></evidence-badge>`);
      expect(text(part(el, 'lead'))).to.equal(textOf(doc.evidence.summary.text));
      const d = details(el)!;
      expect(d).to.exist;
      expect(d.open).to.equal(false);
      expect(text(d.querySelector('summary'))).to.equal(badgeEn.question);
      expect(el.hasAttribute('open')).to.equal(false);
      expect(part(el, 'source')).to.exist;
    });

    it('is not focusable and not a live region', async () => {
      const el = await badge(html`<evidence-badge></evidence-badge>`);
      const pill = part(el, 'pill')!;
      expect(el.tabIndex).to.equal(-1);
      expect(pill.closest('[tabindex]')).to.equal(null);
      expect(pill.closest('[aria-live],[role="status"]')).to.equal(null);
      expect(shadow(el).querySelectorAll('[aria-live],[role="status"],[role="alert"]')).to.have.length(1);
      expect(part(el, 'copy-status')!.getAttribute('role')).to.equal('status');
      expect(text(part(el, 'copy-status'))).to.equal('');
    });

    it('falls back to the subject labels when the document has no short subject words', async () => {
      const doc = copyOfDefault();
      delete doc.evidence.subjectsShort;
      const el = await badge(html`<evidence-badge .data=${doc}></evidence-badge>`);
      const words = [...part(el, 'pill')!.querySelectorAll('li')].map(text);
      for (const subject of doc.evidence.subjects) expect(words).to.include(badgeEn[`in-${subject}`]);
      expect(words.join(' ')).not.to.match(/\bpeople\b/i);
    });
  });

  describe('details', () => {
    it('show the three scheme labels, each with its definition from the document', async () => {
      const doc = copyOfDefault();
      const el = await badge(html`<evidence-badge open></evidence-badge>`);
      const labels = part(el, 'labels')!;
      const defs = [...labels.querySelectorAll('dd')].map(text);
      const used = [doc.evidence.peerReview, ...doc.evidence.studyTypes, ...doc.evidence.subjects];
      expect(defs).to.have.length(used.length);
      used.forEach((label, i) => {
        expect(defs[i]).to.contain(badgeEn[label]);
        expect(defs[i]).to.contain(textOf(doc.evidence.definitions[label]!));
      });
      expect([...labels.querySelectorAll('dt')].map(text)).to.deep.equal([
        badgeEn.peerReviewGroup,
        badgeEn.studyTypeGroup,
        badgeEn.subjectsGroup,
      ]);
    });

    it('never call human tissue samples "people"', async () => {
      const doc = copyOfDefault();
      doc.evidence.subjects = ['human-tissue-samples'];
      doc.evidence.definitions['human-tissue-samples'] ??= 'Tissue samples.';
      delete doc.evidence.subjectsShort;
      const el = await badge(html`<evidence-badge open .data=${doc}></evidence-badge>`);
      const subjects = [...part(el, 'labels')!.querySelectorAll('dd')].slice(-1).map((dd) => text(dd.querySelector('.label')));
      expect(subjects).to.deep.equal([badgeEn['human-tissue-samples']]);
      expect(text(part(el, 'pill'))).to.contain(badgeEn['in-human-tissue-samples']);
      expect(text(part(el, 'pill'))).not.to.contain(badgeEn['in-people']);
    });

    it('show every stage on the ladder, this study marked in words and by aria-current', async () => {
      const doc = copyOfDefault();
      const el = await badge(html`<evidence-badge open></evidence-badge>`);
      const rungs = [...part(el, 'ladder')!.querySelectorAll('li')];
      expect(rungs.map((r) => text(r.querySelector('.rung-name')))).to.deep.equal(STAGES.map((s) => badgeEn[s]));
      const current = rungs.filter((r) => r.getAttribute('aria-current') === 'step');
      expect(current).to.have.length(1);
      expect(text(current[0])).to.contain(badgeEn[doc.evidence.stage]);
      expect(text(current[0])).to.contain(badgeEn.thisStudy);
      expect(part(el, 'current-rung')).to.equal(current[0]);
      expect(shadow(el).textContent).to.contain(badgeEn.thisStudy);
    });

    it('show the status with its date', async () => {
      const doc = copyOfDefault();
      const el = await badge(html`<evidence-badge open lang="en"></evidence-badge>`);
      const status = part(el, 'status')!;
      expect(text(status)).to.contain(formatDate(doc.evidence.statusAsOf, 'en', 'month'));
      expect(text(status)).to.contain('March 2019');
      for (const s of doc.evidence.status) expect(text(status)).to.contain(textOf(s.text));
    });

    it('show caveats with their attribution', async () => {
      const doc = copyOfDefault();
      const el = await badge(html`<evidence-badge open></evidence-badge>`);
      const caveats = part(el, 'caveats')!;
      for (const c of doc.evidence.caveats) {
        expect(text(caveats)).to.contain(textOf(c.text));
        expect(text(caveats)).to.contain(c.attribution);
      }
    });

    it('show the citation with the DOI link to doi.org and a copy button', async () => {
      const doc = copyOfDefault();
      const el = await badge(html`<evidence-badge open></evidence-badge>`);
      const citation = part(el, 'citation')!;
      const doi = citation.querySelector<HTMLAnchorElement>('a.doi')!;
      expect(doi.href).to.equal('https://doi.org/10.1073/pnas.1815515116');
      expect(doi.href).to.equal(`https://doi.org/${doc.study.doi}`);
      expect(text(citation.querySelector('.citation-text'))).to.contain(doc.study.journal);
      expect(text(citation.querySelector('.citation-text'))).to.contain(doc.study.title);
      expect(text(part(el, 'copy-button'))).to.equal(badgeEn.copy);
    });

    it('link the news source when the document gives its URL, and only http(s) URLs', async () => {
      const doc = copyOfDefault();
      doc.study.news = { title: 'News title', publisher: 'Publisher', date: '2019-03-11', url: 'https://example.org/news' };
      const el = await badge(html`<evidence-badge open .data=${doc}></evidence-badge>`);
      const news = part(el, 'citation')!.querySelector<HTMLAnchorElement>('a.news')!;
      expect(news.href).to.equal('https://example.org/news');
      expect(text(news)).to.contain('News title');
      for (const a of shadow(el).querySelectorAll('a')) expect(a.href).to.match(/^https?:/);
    });

    it('patient audience: "What this means for you" from the document', async () => {
      const doc = copyOfDefault();
      doc.evidence.forReaders = [{ text: { patient: 'Patient note.', clinician: 'Clinician note.' }, claims: ['C06'] }];
      const el = await badge(html`<evidence-badge open .data=${doc}></evidence-badge>`);
      const notes = part(el, 'audience-notes')!;
      expect(text(notes)).to.contain(badgeEn.forYouHeading);
      expect(text(notes)).to.contain('Patient note.');
      expect(shadow(el).textContent).not.to.contain('Clinician note.');
    });

    it('clinician audience: the study details instead', async () => {
      const doc = copyOfDefault();
      const el = await badge(html`<evidence-badge open audience="clinician"></evidence-badge>`);
      const notes = part(el, 'audience-notes')!;
      expect(text(notes)).to.contain(badgeEn.studyDetailsHeading);
      expect(text(notes)).not.to.contain(badgeEn.forYouHeading);
      for (const author of doc.study.authors) expect(text(notes)).to.contain(author);
      if (doc.study.pmid) expect(text(notes)).to.contain(doc.study.pmid);
    });

    it('variant="full" shows the details without a disclosure, under a heading', async () => {
      const el = await badge(html`<evidence-badge variant="full" heading-level="2"></evidence-badge>`);
      expect(details(el)).to.equal(null);
      expect(part(el, 'panel')!.checkVisibility()).to.equal(true);
      expect(text(shadow(el).querySelector('h2'))).to.equal(badgeEn.question);
      expect(shadow(el).querySelectorAll('h3').length).to.be.greaterThan(3);
      expect(part(el, 'pill')).to.exist;
    });

    it('compact section headings follow heading-level', async () => {
      const el = await badge(html`<evidence-badge open heading-level="4"></evidence-badge>`);
      const headings = [...shadow(el).querySelectorAll('h2,h3,h4,h5,h6')];
      expect(headings.length).to.be.greaterThan(3);
      expect(headings.every((h) => h.localName === 'h4')).to.equal(true);
    });
  });

  describe('languages and audiences', () => {
    it('Spanish: UI strings, dates and document text', async () => {
      const doc = copyOfDefault('es');
      const el = await badge(html`<evidence-badge lang="es" open></evidence-badge>`);
      expect(text(details(el)!.querySelector('summary'))).to.equal(badgeEs.question);
      expect(text(part(el, 'pill'))).to.contain(badgeEs[`short-${doc.evidence.stage}`]);
      expect(text(part(el, 'pill'))).to.contain(badgeEs[doc.evidence.peerReview]);
      expect(text(part(el, 'status'))).to.contain(formatDate(doc.evidence.statusAsOf, 'es', 'month'));
      expect(text(part(el, 'status'))).to.contain('marzo de 2019');
      expect(text(part(el, 'copy-button'))).to.equal(badgeEs.copy);
      expect(text(part(el, 'lead'))).to.equal(textOf(doc.evidence.summary.text));
    });

    it('switching lang at run time (en → es → en) re-renders in the new language, document included', async () => {
      const el = await badge(html`<evidence-badge lang="en" open></evidence-badge>`);
      expect(text(part(el, 'copy-button'))).to.equal('Copy citation');
      el.setAttribute('lang', 'es');
      // The Spanish document is picked by the loader: wait for it, not for a fixed time.
      await until(() => text(part(el, 'status')).includes('marzo de 2019'), 'the Spanish document');
      expect(text(part(el, 'copy-button'))).to.equal('Copiar la cita');
      expect(text(part(el, 'status'))).to.contain('marzo de 2019');
      expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
      el.setAttribute('lang', 'en');
      await until(() => text(part(el, 'copy-button')) === 'Copy citation', 'English again');
      await until(() => !text(part(el, 'status')).includes('marzo'), 'the English document');
      expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    });

    it('per-instance string overrides', async () => {
      const el = await fixture<EvidenceBadge>(html`<evidence-badge .strings=${{ badge: { copy: 'Copy the reference' } }} open></evidence-badge>`);
      await settled(el);
      expect(text(part(el, 'copy-button'))).to.equal('Copy the reference');
    });

    it('audience-specific evidence text follows the audience attribute', async () => {
      const doc = copyOfDefault();
      doc.evidence.summary = { text: { patient: 'Plain summary.', clinician: 'Technical summary.' }, claims: ['C02'] };
      const el = await badge(html`<evidence-badge .data=${doc}></evidence-badge>`);
      expect(text(part(el, 'lead'))).to.equal('Plain summary.');
      el.audience = 'clinician';
      await el.updateComplete;
      expect(text(part(el, 'lead'))).to.equal('Technical summary.');
    });
  });

  describe('another study: the fictional example document', () => {
    it('renders its own labels: a randomised trial in people, at the large-trial stage', async () => {
      const doc = fictionalTrial();
      const el = await badge(html`<evidence-badge open .data=${doc}></evidence-badge>`);
      const pill = text(part(el, 'pill'));
      expect(pill).to.contain(badgeEn['short-late-clinical']);
      expect(pill).to.contain(badgeEn['randomised-controlled-trial']);
      expect(pill).to.contain(badgeEn['in-people']);
      expect(pill).not.to.match(/mice/i);
      expect(text(part(el, 'current-rung'))).to.contain(badgeEn['late-clinical']);
      expect(text(part(el, 'labels'))).to.contain(doc.evidence.definitions['randomised-controlled-trial'] as string);
      expect(text(part(el, 'status'))).to.contain('June 2024');
      expect(text(part(el, 'notice'))).to.not.equal('');
      expect(part(el, 'citation')!.querySelector<HTMLAnchorElement>('a.doi')!.href).to.equal('https://doi.org/10.5555/example.0001');
      expect(text(part(el, 'audience-notes'))).to.contain('Ask your care team');
    });

    it('docs/examples/walking-trial.example.json (loaded by src) renders its own labels', async () => {
      const src = '/docs/examples/walking-trial.example.json';
      const doc = (await (await fetch(src)).json()) as ExplainerDocument;
      const ev = doc.evidence;
      const el = await badge(html`<evidence-badge lang="en" src=${src}></evidence-badge>`);
      const pill = text(part(el, 'pill'));
      expect(pill).to.contain(badgeEn[`short-${ev.stage}`]);
      expect(pill).to.contain(badgeEn[ev.studyTypes[0]]);
      expect(pill).to.contain(badgeEn[ev.peerReview]);
      expect(pill).to.contain(ev.subjectsShort ? textOf(ev.subjectsShort) : badgeEn[`in-${ev.subjects[0]}`]);
      expect(pill).not.to.match(/mice/i);
      expect(text(part(el, 'lead'))).to.equal(textOf(ev.summary.text));
      el.open = true;
      await el.updateComplete;
      expect(text(part(el, 'current-rung'))).to.contain(badgeEn[ev.stage]);
      for (const label of [ev.peerReview, ...ev.studyTypes, ...ev.subjects]) {
        expect(text(part(el, 'labels'))).to.contain(textOf(ev.definitions[label]!));
      }
      expect(text(part(el, 'status'))).to.contain(formatDate(ev.statusAsOf, 'en', 'month'));
      if (doc.example) expect(part(el, 'notice')).to.exist;
    });

    it('renders in Spanish with Spanish labels', async () => {
      const doc = fictionalTrial('es');
      const el = await badge(html`<evidence-badge lang="es" .data=${doc}></evidence-badge>`);
      expect(text(part(el, 'pill'))).to.contain(badgeEs['randomised-controlled-trial']);
      expect(text(part(el, 'pill'))).to.contain(badgeEs['in-people']);
    });
  });
});
