import { expect } from '@open-wc/testing';
import type { ExplainerDocument, MeasuredResult, RelationResult } from '../../src/content/types.js';
import { textFor } from '../../src/content/text.js';
import { copyOfDefault } from '../support/helpers.js';
import { until } from '../support/frames.js';
import { chart, numericExample, panelFor, panels, resultOf, rowFor, rows, shadow, text, ui } from './support.js';

/** Fill geometry in the track's own pixels (no stroke: browsers differ on including it in client rects). */
const box = (node: Element) => (node as SVGGraphicsElement).getBBox();

describe('<study-arms-chart> rendering: the default study', () => {
  const doc = copyOfDefault('en');

  it('is a figure whose caption has the title, the in-mice sentence, how to read, the design and the source', async () => {
    const el = await chart({ view: 'panels' });
    const figure = shadow(el).querySelector('figure[part~="figure"]')!;
    const caption = figure.querySelector('figcaption')!;
    expect(text(caption.querySelector('[part~="heading"]'))).to.equal(textFor(doc.arms.title, 'patient'));
    expect(text(caption.querySelector('[part~="summary"]'))).to.match(/mice/i);
    expect(text(caption.querySelector('[part~="how-to-read"]'))).to.equal(ui().howToRead);
    expect(text(caption.querySelector('[part~="design"]'))).to.contain(textFor(doc.arms.design.text, 'patient').replace(/\s+/g, ' ').trim());
    expect(caption.querySelector('[part~="source"] a[href^="https://"]')).to.exist;
  });

  it('draws one panel per outcome with every arm labelled in every panel, in document order', async () => {
    const el = await chart({ view: 'panels' });
    const shown = panels(el);
    expect(shown.map((p) => p.dataset.outcome)).to.deep.equal(doc.arms.outcomes.map((o) => o.id));
    for (const panel of shown) {
      expect(rows(panel).map((r) => text(r.querySelector('[part~="arm-label"]')))).to.deep.equal(doc.arms.arms.map((a) => a.shortLabel));
      expect(panel.querySelectorAll('.row-label svg.shape')).to.have.length(doc.arms.arms.length);
    }
  });

  it('the ratio panel shows the reference as "1× (reference)" and the stated ratio as bars from zero', async () => {
    const el = await chart({ view: 'panels' });
    const withRatio = doc.arms.outcomes.filter((o) => o.results.some((r) => r.kind === 'relation' && r.ratio !== undefined));
    expect(withRatio.length, 'the default study states one ratio').to.be.greaterThan(0);
    for (const outcome of withRatio) {
      const ratio = outcome.results.find((r): r is RelationResult => r.kind === 'relation' && r.ratio !== undefined)!;
      const panel = panelFor(el, outcome.id);
      const reference = rowFor(panel, ratio.to![0]);
      const arm = rowFor(panel, ratio.arm);
      expect(text(reference.querySelector('[part~="value"]'))).to.equal(ui().referenceValue);
      expect(text(arm.querySelector('[part~="value"]'))).to.equal(`${ratio.ratio}×`);
      const refBar = box(reference.querySelector('rect.bar')!);
      const armBar = box(arm.querySelector('rect.bar')!);
      expect(refBar.x).to.be.closeTo(0, 0.5);
      expect(armBar.x).to.be.closeTo(0, 0.5);
      expect(armBar.width / refBar.width).to.be.closeTo(ratio.ratio!, 0.02);
      const ticks = [...panel.querySelectorAll('.tick')].map(text);
      expect(ticks).to.deep.equal(['0', '1×', `${ratio.ratio}×`]);
      expect(text(panel.querySelector('.axis-title'))).to.contain(reference.querySelector('[part~="arm-label"]')!.textContent!.trim());
    }
    expect(text(shadow(el).querySelector('.panels'))).to.contain('1×').and.to.contain('2×');
  });

  it('draws no bar for a result that is only a direction, and says which way in words', async () => {
    const el = await chart({ view: 'panels' });
    let checked = 0;
    for (const outcome of doc.arms.outcomes) {
      const ratioRefs = new Set(outcome.results.flatMap((r) => (r.kind === 'relation' && r.ratio !== undefined ? (r.to ?? []) : [])));
      for (const result of outcome.results) {
        if (result.kind !== 'relation' || result.ratio !== undefined || ratioRefs.has(result.arm)) continue;
        const row = rowFor(panelFor(el, outcome.id), result.arm);
        expect(row.querySelectorAll('[part~="bar"], svg.track').length, `${outcome.id}/${result.arm}`).to.equal(0);
        expect(row.querySelector('[part~="direction"]'), `${outcome.id}/${result.arm}`).to.exist;
        const words = text(row.querySelector('.words'));
        if (result.relation === 'reference') expect(words).to.equal(ui().reference);
        else {
          for (const id of result.to ?? []) expect(words).to.contain(doc.arms.arms.find((a) => a.id === id)!.shortLabel);
        }
        checked += 1;
      }
      const directionOnly = outcome.results.some((r) => r.kind === 'relation' && r.relation !== 'reference' && r.ratio === undefined);
      expect(!!panelFor(el, outcome.id).querySelector('.panel-note'), outcome.id).to.equal(directionOnly);
    }
    expect(checked).to.be.greaterThan(0);
  });

  it('says "Not reported in the source" exactly where the document says so', async () => {
    const el = await chart({ view: 'panels' });
    for (const outcome of doc.arms.outcomes) {
      for (const arm of doc.arms.arms) {
        const result = resultOf(outcome, arm.id);
        const row = rowFor(panelFor(el, outcome.id), arm.id);
        const notReported = !result || result.kind === 'not-reported';
        expect(text(row).includes(ui().notReported), `${outcome.id}/${arm.id}`).to.equal(notReported);
        if (notReported) expect(row.querySelectorAll('svg.track, [part~="direction"]').length).to.equal(0);
      }
    }
  });

  it('shows no number that the document does not hold', async () => {
    const el = await chart({ view: 'panels' });
    const walker = document.createTreeWalker(shadow(el).querySelector('.panels')!, NodeFilter.SHOW_TEXT);
    const shown: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) shown.push(node.textContent ?? '');
    // Every number the arms section states (claim ids left out), plus the reference's 1 and the axis zero.
    const stated = new Set(['0', '1', ...(JSON.stringify(doc.arms, (key, value) => (key === 'claims' ? undefined : value)).match(/\d+/g) ?? [])]);
    for (const piece of shown) for (const digits of piece.match(/\d+/g) ?? []) expect(stated.has(digits), `${digits} in "${piece}"`).to.equal(true);
  });

  it('renders in Spanish with Spanish UI words and the Spanish document', async () => {
    const es = copyOfDefault('es');
    const el = await chart({ lang: 'es', view: 'panels' });
    expect(text(shadow(el).querySelector('[part~="heading"]'))).to.equal(textFor(es.arms.title, 'patient'));
    expect(text(shadow(el).querySelector('[part~="toggle"]'))).to.equal(ui('es').showTable);
    expect(text(shadow(el).querySelector('[part~="download"]'))).to.equal(ui('es').download);
    const hasGap = es.arms.outcomes.some((o) => o.results.some((r) => r.kind === 'not-reported'));
    if (hasGap) expect(text(shadow(el).querySelector('.panels'))).to.contain(ui('es').notReported);
  });

  it('switching lang at run time (en → es → en) switches UI words, document and CSV', async () => {
    const el = await chart({ lang: 'en', view: 'panels' });
    const download = () => text(shadow(el).querySelector('[part~="download"]'));
    expect(download()).to.equal('Download data (CSV)');
    el.setAttribute('lang', 'es');
    await until(() => download() === 'Descargar datos (CSV)', 'Spanish UI words');
    await until(() => el.getCsv().startsWith('Medida,'), 'the Spanish CSV');
    expect(text(shadow(el).querySelector('.panels'))).to.contain('La fuente no lo indica');
    expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
    el.setAttribute('lang', 'en');
    await until(() => download() === 'Download data (CSV)', 'English UI words again');
    await until(() => el.getCsv().startsWith('Outcome,Group,Result'), 'the English CSV');
    expect(text(shadow(el).querySelector('.panels'))).to.contain('Not reported in the source');
  });

  it('clinician audience shows clinician text', async () => {
    const el = await chart({ audience: 'clinician', view: 'panels' });
    expect(text(shadow(el).querySelector('[part~="summary"]'))).to.equal(textFor(doc.arms.summary.text, 'clinician'));
  });

  it('per-instance string overrides apply', async () => {
    const el = await chart({ view: 'panels' });
    el.strings = { chart: { download: 'Get the numbers' } };
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[part~="download"]'))).to.equal('Get the numbers');
  });
});

describe('<study-arms-chart> rendering: measured values (the made-up example)', () => {
  it('draws bars from zero whose lengths are proportional to the values, with n and intervals', async () => {
    const doc = numericExample();
    const el = await chart({ view: 'panels' }, doc);
    expect(text(shadow(el).querySelector('[part~="notice"]'))).to.not.equal('');
    const outcome = doc.arms.outcomes[0];
    const panel = panelFor(el, outcome.id);
    const track = panel.querySelector('svg.track')!.getBoundingClientRect();
    const ticks = [...panel.querySelectorAll('.tick')].map((t) => Number(text(t)));
    const max = Math.max(...ticks);
    expect(ticks[0]).to.equal(0);
    for (const result of outcome.results) {
      if (result.kind !== 'measured') continue;
      const row = rowFor(panel, result.arm);
      const bar = box(row.querySelector('rect.bar')!);
      expect(bar.x, 'starts at zero').to.be.closeTo(0, 0.5);
      expect(bar.width / track.width, result.arm).to.be.closeTo(result.value / max, 0.005);
      expect(text(row.querySelector('[part~="value"]'))).to.equal(`${result.value} days`);
      expect(text(row)).to.contain(`n = ${result.n}`);
      const interval = row.querySelector('[part~="interval"]');
      expect(!!interval).to.equal(!!result.interval);
      if (result.interval) {
        const drawn = box(interval!);
        expect(drawn.x / track.width).to.be.closeTo(result.interval[0] / max, 0.005);
        expect((drawn.x + drawn.width) / track.width).to.be.closeTo(result.interval[1] / max, 0.005);
        expect(text(row)).to.contain(`${result.interval[0]} to ${result.interval[1]}`);
      }
    }
    expect(text(panel.querySelector('.axis-title'))).to.contain('days');
  });

  it('a negative value is a bar that ends at zero; a relation next to measured values stays a direction', async () => {
    const doc = numericExample();
    const el = await chart({ view: 'panels' }, doc);
    const outcome = doc.arms.outcomes[1];
    const panel = panelFor(el, outcome.id);
    const track = panel.querySelector('svg.track')!.getBoundingClientRect();
    const ticks = [...panel.querySelectorAll('.tick')].map((t) => Number(text(t).replace('−', '-')));
    const [lo, hi] = [Math.min(...ticks), Math.max(...ticks)];
    const zeroX = ((0 - lo) / (hi - lo)) * track.width;
    const [a, b, c, d] = doc.arms.arms.map((arm) => arm.id);
    const negative = box(rowFor(panel, a).querySelector('rect.bar')!);
    const positive = box(rowFor(panel, c).querySelector('rect.bar')!);
    expect(negative.x + negative.width).to.be.closeTo(zeroX, 0.5);
    expect(positive.x).to.be.closeTo(zeroX, 0.5);
    expect(negative.width / positive.width).to.be.closeTo(4.5 / 2, 0.01);
    expect(rowFor(panel, b).querySelectorAll('[part~="bar"]').length).to.equal(0);
    expect(text(rowFor(panel, b))).to.contain(ui().notReported);
    expect(rowFor(panel, d).querySelectorAll('[part~="bar"]').length).to.equal(0);
    expect(rowFor(panel, d).querySelector('[part~="direction"]')).to.exist;
  });
});

describe('<study-arms-chart> rendering: the authoring guide example document', () => {
  it('draws its measured values to scale and its stated ratio against the reference', async () => {
    const response = await fetch('/docs/examples/walking-trial.example.json');
    expect(response.ok, 'docs/examples/walking-trial.example.json').to.equal(true);
    const doc = (await response.json()) as ExplainerDocument;
    const el = await chart({ view: 'panels' }, doc);
    expect(text(shadow(el).querySelector('[part~="notice"]')), 'marked as an example').to.not.equal('');
    let bars = 0;
    for (const outcome of doc.arms.outcomes) {
      const panel = panelFor(el, outcome.id);
      expect(rows(panel)).to.have.length(doc.arms.arms.length);
      const measured = outcome.results.filter((r) => r.kind === 'measured' && r.value > 0) as MeasuredResult[];
      for (const r of measured.slice(1)) {
        const first = box(rowFor(panel, measured[0].arm).querySelector('rect.bar')!);
        const other = box(rowFor(panel, r.arm).querySelector('rect.bar')!);
        expect(other.width / first.width, `${outcome.id}/${r.arm}`).to.be.closeTo(r.value / measured[0].value, 0.01);
        bars += 1;
      }
      for (const r of outcome.results) {
        if (r.kind === 'relation' && r.ratio !== undefined && !outcome.results.some((m) => m.kind === 'measured')) {
          expect(text(rowFor(panel, r.to![0]).querySelector('[part~="value"]'))).to.equal(ui().referenceValue);
          const ratio = box(rowFor(panel, r.arm).querySelector('rect.bar')!);
          const ref = box(rowFor(panel, r.to![0]).querySelector('rect.bar')!);
          expect(ratio.width / ref.width).to.be.closeTo(r.ratio, 0.01);
          bars += 1;
        }
        if (r.kind === 'not-reported') expect(text(rowFor(panel, r.arm))).to.contain(ui().notReported);
      }
    }
    expect(bars).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
