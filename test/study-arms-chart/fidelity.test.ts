import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EvidenceBadge, StudyArmsChart } from '../../src/index.js';
import type { RelationResult } from '../../src/content/types.js';
import { textFor } from '../../src/content/text.js';
import { validateExplainer } from '../../src/content/validate.js';
import { copyOfDefault, mount, settled } from '../support/helpers.js';
import { chart, panelFor, parseCsv, rowFor, shadow, tableRows, text, ui } from './support.js';

/**
 * C21: the combination "also decreased lung metastases and extended how long the mice lived",
 * against no named group. Those two outcomes show the combination's result with the comparison
 * marked as not stated, never "than the other groups".
 */
const NOT_STATED = ['lung-metastases', 'survival'];
const AUDIENCES = ['patient', 'clinician'] as const;

describe('<study-arms-chart> fidelity: comparisons the source does not state', () => {
  for (const lang of ['en', 'es'] as const) {
    const doc = copyOfDefault(lang);

    it(`${lang}: the document gives the combination's direction with comparison "not-stated" and no comparison groups`, () => {
      for (const id of NOT_STATED) {
        const outcome = doc.arms.outcomes.find((o) => o.id === id)!;
        const combination = outcome.results.find((r) => r.arm === 'combination') as RelationResult;
        expect(combination.kind, id).to.equal('relation');
        expect(combination.comparison, id).to.equal('not-stated');
        expect(combination.to, id).to.equal(undefined);
        expect(combination.claims).to.deep.equal(['C21']);
        for (const other of outcome.results.filter((r) => r.arm !== 'combination')) expect(other.kind, `${id}/${other.arm}`).to.equal('not-reported');
        for (const audience of AUDIENCES) {
          const summary = textFor(outcome.summary, audience);
          expect(summary, `${id} summary`).to.not.match(lang === 'en' ? /than the other groups/i : /que los otros grupos/i);
        }
      }
    });

    for (const audience of AUDIENCES) {
      it(`${lang}, ${audience}: panels, overview and table say the comparison is not stated`, async () => {
        const s = ui(lang);
        const panelsEl = await chart({ lang, audience, view: 'panels' });
        for (const id of NOT_STATED) {
          const row = rowFor(panelFor(panelsEl, id), 'combination');
          expect(text(row), id).to.contain(s.comparisonNotStated);
          expect(row.querySelector('[part~="direction"]'), id).to.exist;
          expect(row.querySelector('[part~="bar"]'), id).to.equal(null);
          for (const arm of ['control', 'plerixafor', 'icb']) expect(text(rowFor(panelFor(panelsEl, id), arm))).to.contain(s.notReported);
        }
        const overview = await chart({ lang, audience });
        for (const id of NOT_STATED) {
          const cell = shadow(overview).querySelector(`[part~="overview-row"][data-outcome="${id}"] [part~="overview-cell"][data-arms="combination"]`)!;
          expect(text(cell.querySelector('.ov-extra')), id).to.equal(s.cellNotStated);
          expect(text(cell.querySelector('.visually-hidden')), id).to.contain(s.comparisonNotStated);
        }
        const table = await chart({ lang, audience, view: 'table' });
        const [head] = parseCsv(table.getCsv());
        const cells = tableRows(table, head.length);
        const compared = head.indexOf(s.colComparedWith);
        for (const id of NOT_STATED) {
          const label = textFor(doc.arms.outcomes.find((o) => o.id === id)!.label, audience);
          const combination = textFor(doc.arms.arms.find((a) => a.id === 'combination')!.label, audience);
          const line = cells.find((c) => c[0] === label && c[1] === combination)!;
          expect(line[compared], id).to.equal(s.notStated);
        }
      });
    }
  }

  it('the validator refuses comparison "not-stated" together with comparison groups', () => {
    const doc = copyOfDefault('en');
    const result = doc.arms.outcomes.find((o) => o.id === 'survival')!.results.find((r) => r.arm === 'combination') as RelationResult;
    result.to = ['control'];
    const report = validateExplainer(doc);
    expect(report.valid).to.equal(false);
    expect(report.problems.map((p) => p.path).join(' ')).to.contain('.to');
  });
});

describe('citation', () => {
  it('reads "… (PNAS). 2019;116(10):4558–4566; published online January 30, 2019" (and so in Spanish)', async () => {
    const wrap = await mount<HTMLDivElement>(
      html`<div><evidence-badge variant="full"></evidence-badge><evidence-badge variant="full" lang="es"></evidence-badge></div>`,
    );
    const [en, es] = [...wrap.querySelectorAll<EvidenceBadge>('evidence-badge')];
    await settled(en);
    const citation = (el: EvidenceBadge) => text(el.shadowRoot!.querySelector('.citation-text'));
    expect(citation(en)).to.contain('Proceedings of the National Academy of Sciences (PNAS). 2019;116(10):4558–4566; published online January 30, 2019.');
    expect(citation(en)).to.not.contain('January 30, 2019;');
    expect(citation(es)).to.contain('(PNAS). 2019;116(10):4558–4566; publicado en línea el 30 de enero de 2019.');
    wrap.remove();
  });

  it('the chart names the journal and date in its source line', async () => {
    const el: StudyArmsChart = await chart();
    expect(text(shadow(el).querySelector('[part~="source"]'))).to.contain('January 30, 2019');
  });
});
