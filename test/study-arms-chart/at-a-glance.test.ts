import { expect, html } from '@open-wc/testing';
import { setViewport } from '../support/engines.js';
import type { StudyArmsChart } from '../../src/index.js';
import { textFor } from '../../src/content/text.js';
import { captureWarnings, copyOfDefault, mount } from '../support/helpers.js';
import { chart, panels, shadow, text, ui } from './support.js';

/** The default view at a page width: the element's rendered height in CSS px. */
async function heightAt(width: number, lang: 'en' | 'es', audience: 'patient' | 'clinician'): Promise<number> {
  await setViewport({ width, height: 900 });
  const wrap = await mount<HTMLDivElement>(
    html`<div><study-arms-chart lang=${lang} audience=${audience}></study-arms-chart></div>`,
  );
  const el = wrap.querySelector<StudyArmsChart>('study-arms-chart')!;
  await el.updateComplete;
  const height = el.getBoundingClientRect().height;
  wrap.remove();
  return Math.round(height);
}

const buttons = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="outcome-button"]')];
const press = (target: Element, key: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));

describe('<study-arms-chart> at a glance (the default view)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'es'] as const) {
    for (const audience of ['patient', 'clinician'] as const) {
      it(`fits in 900 px at 1200 px wide and in 1,400 px at 390 px (${lang}, ${audience})`, async function () {
        // Three page widths, each a new element: slow on a loaded machine, so more time (no timing is asserted).
        this.timeout(60000);
        const wide = await heightAt(1200, lang, audience);
        const mid = await heightAt(768, lang, audience);
        const narrow = await heightAt(390, lang, audience);
        console.log(`default view height, ${lang} ${audience}: 390 px → ${narrow} px, 768 px → ${mid} px, 1200 px → ${wide} px`);
        expect(wide, `${lang} ${audience} at 1200 px`).to.be.at.most(900);
        expect(narrow, `${lang} ${audience} at 390 px`).to.be.at.most(1400);
      });
    }
  }

  it('at 320 and 390 px no cell or group name spills into its neighbour', async () => {
    for (const lang of ['en', 'es']) {
      for (const width of [320, 390]) {
        const wrap = await mount<HTMLDivElement>(html`<div style="inline-size:${width - 16}px"><study-arms-chart lang=${lang}></study-arms-chart></div>`);
        const root = wrap.querySelector('study-arms-chart')!.shadowRoot!;
        const spilling = [...root.querySelectorAll<HTMLElement>('.ov-cell, .ov-arm, .ov-outcome')]
          .filter((n) => n.scrollWidth > n.clientWidth + 1)
          .map((n) => text(n));
        expect(spilling, `${lang} ${width}`).to.deep.equal([]);
        wrap.remove();
      }
    }
  });

  it('shows one takeaway sentence from the document, then the overview; no panel until asked', async () => {
    for (const lang of ['en', 'es'] as const) {
      for (const audience of ['patient', 'clinician'] as const) {
        const doc = copyOfDefault(lang);
        const el = await chart({ lang, audience });
        expect(text(shadow(el).querySelector('[part~="takeaway"]'))).to.equal(textFor(doc.arms.takeaway!.text, audience));
        expect(doc.arms.takeaway!.claims.length).to.be.greaterThan(0);
        expect(panels(el).filter((p) => p.checkVisibility({ visibilityProperty: true }))).to.have.length(0);
        const rowsShown = [...shadow(el).querySelectorAll<HTMLElement>('[part~="overview-row"]')];
        expect(rowsShown.map((r) => r.dataset.outcome)).to.deep.equal(doc.arms.outcomes.map((o) => o.id));
        // The full label (a narrow box shows an outcome's short label instead: pattern-groups.test.ts).
        expect(buttons(el).map((b) => text(b.querySelector('.ov-name .long') ?? b.querySelector('.ov-name')))).to.deep.equal(
          doc.arms.outcomes.map((o) => textFor(o.label, audience)),
        );
        expect(buttons(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal(
          doc.arms.outcomes.map((o) => `${textFor(o.label, audience)}, ${ui(lang).openDetails}`),
        );
      }
    }
  });

  it('each cell says its group and result in words; the stated ratio is the only bar', async () => {
    const doc = copyOfDefault('en');
    const el = await chart();
    const bars = [...shadow(el).querySelectorAll('[part~="overview-cell"] rect.bar')];
    const ratioOutcomes = doc.arms.outcomes.filter((o) => o.results.some((r) => r.kind === 'relation' && r.ratio !== undefined));
    expect(ratioOutcomes.map((o) => o.id)).to.deep.equal(['remission']);
    expect(bars.every((b) => b.closest<HTMLElement>('[part~="overview-row"]')!.dataset.outcome === 'remission')).to.equal(true);
    expect(bars.map((b) => b.getAttribute('data-value'))).to.deep.equal(['1', '2']);
    for (const outcome of doc.arms.outcomes) {
      const row = shadow(el).querySelector(`[part~="overview-row"][data-outcome="${outcome.id}"]`)!;
      const cells = [...row.querySelectorAll<HTMLElement>('[part~="overview-cell"]')];
      // Every group appears exactly once across the row's cells, in document order.
      expect(cells.flatMap((c) => c.dataset.arms!.split(' '))).to.deep.equal(doc.arms.arms.map((a) => a.id));
      for (const cell of cells) {
        const spoken = text(cell.querySelector('.visually-hidden'));
        for (const id of cell.dataset.arms!.split(' ')) expect(spoken).to.contain(textFor(doc.arms.arms.find((a) => a.id === id)!.label, 'patient'));
        const results = cell.dataset.arms!.split(' ').map((id) => outcome.results.find((r) => r.arm === id)!);
        const r = results[0];
        if (r.kind === 'not-reported' && !r.note) expect(spoken, `${outcome.id}`).to.contain(ui().notReported);
        if (r.kind === 'not-reported' && r.note) expect(text(cell)).to.contain(textFor(r.note, 'patient'));
        if (r.kind === 'relation' && r.relation === 'reference' && r.ratio === undefined && !outcome.results.some((x) => x.kind === 'relation' && x.to?.[0] === r.arm && x.ratio)) {
          expect(text(cell.querySelector('.ov-word .long'))).to.equal(ui().reference);
        }
        if (r.kind === 'relation' && (r.relation === 'less' || r.relation === 'more') && r.ratio === undefined) {
          expect(cell.querySelector('[part~="direction"]'), `${outcome.id}/${r.arm}`).to.exist;
          expect(cell.querySelector('rect.bar')).to.equal(null);
        }
      }
    }
  });

  it('a button opens and closes its outcome panel below the row, with aria-expanded', async () => {
    const el = await chart();
    const [first, second] = buttons(el);
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    const controlled = shadow(el).getElementById(first.getAttribute('aria-controls')!)!;
    const shown = () => panels(el).filter((p) => p.checkVisibility({ visibilityProperty: true }));
    expect(controlled.checkVisibility({ visibilityProperty: true })).to.equal(false);
    expect(controlled.getBoundingClientRect().height, 'a closed panel takes no room').to.equal(0);
    first.click();
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    expect(controlled.checkVisibility({ visibilityProperty: true })).to.equal(true);
    expect(shown().map((p) => p.dataset.outcome)).to.deep.equal([first.closest<HTMLElement>('[part~="overview-row"]')!.dataset.outcome]);
    second.click();
    await el.updateComplete;
    expect(shown()).to.have.length(2);
    first.click();
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    expect(shown()).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('Up, Down, Home and End move focus between the outcome rows', async () => {
    const el = await chart();
    const all = buttons(el);
    const focused = () => shadow(el).activeElement;
    all[0].focus();
    press(all[0], 'ArrowDown');
    expect(focused()).to.equal(all[1]);
    press(all[1], 'ArrowUp');
    expect(focused()).to.equal(all[0]);
    press(all[0], 'ArrowUp');
    expect(focused(), 'stays at the first').to.equal(all[0]);
    press(all[0], 'End');
    expect(focused()).to.equal(all[all.length - 1]);
    press(all[all.length - 1], 'ArrowDown');
    expect(focused(), 'stays at the last').to.equal(all[all.length - 1]);
    press(all[all.length - 1], 'Home');
    expect(focused()).to.equal(all[0]);
  });

  it('view="panels" keeps every outcome panel at once', async () => {
    const doc = copyOfDefault('en');
    const el = await chart({ view: 'panels' });
    expect(panels(el).map((p) => p.dataset.outcome)).to.deep.equal(doc.arms.outcomes.map((o) => o.id));
    expect(shadow(el).querySelector('[part~="overview"]')).to.equal(null);
  });

  it('axe: the overview in light and dark, English and Spanish, with a highlighted group', async () => {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'es']) {
        const el = await chart({ theme, lang, highlight: 'combination' });
        await expect(el).to.be.accessible();
      }
    }
  });
});

describe('<study-arms-chart> valid ids in warnings', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('an unknown outcome or highlight warns with the list of valid ids', async () => {
    const doc = copyOfDefault('en');
    await chart({ outcome: 'lungs' });
    await chart({ highlight: 'both' });
    const outcome = warnings.messages.find((m) => m.includes("'lungs'"))!;
    const highlight = warnings.messages.find((m) => m.includes("'both'"))!;
    for (const o of doc.arms.outcomes) expect(outcome).to.contain(o.id);
    for (const a of doc.arms.arms) expect(highlight).to.contain(a.id);
  });
});
