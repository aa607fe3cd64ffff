import { expect } from '@open-wc/testing';
import { chart, panelFor, rowFor, text } from './support.js';
import { copyOfDefault, settled } from '../support/helpers.js';
import type { ExplainerDocument } from '../../src/content/types.js';

/**
 * The validator lets through only values the chart shows as given (0, or sizes from 1e-10 to
 * 1e15; see checkResult): here the extremes it accepts are drawn with their own digits, finite
 * ticks and bars, and one it refuses (5e-324, which read "0 mmHg") never reaches the chart.
 */
function withValues(values: number[]): ExplainerDocument {
  const doc = copyOfDefault('en');
  const claims = doc.arms.design.claims;
  doc.arms.outcomes = [
    {
      id: 'pressure',
      label: 'Blood pressure change',
      unit: 'mmHg',
      claims,
      results: doc.arms.arms.map((arm, i) => ({ arm: arm.id, kind: 'measured' as const, value: values[i], n: 3, claims })),
    },
  ];
  return doc;
}

describe('<study-arms-chart> values at the bounds the validator sets', () => {
  it('draws 1e15, -1e15, 1e-10 and 0 with their own digits, on finite ticks and bars', async () => {
    const doc = withValues([1e15, -1e15, 1e-10, 0]);
    const el = await chart({ view: 'panels' }, doc);
    const panel = panelFor(el, 'pressure');
    expect(doc.arms.arms.map((arm) => text(rowFor(panel, arm.id).querySelector('[part~="value"]')))).to.deep.equal(['1,000,000,000,000,000 mmHg', '-1,000,000,000,000,000 mmHg', '0.0000000001 mmHg', '0 mmHg']);
    const ticks = [...panel.querySelectorAll('.tick')].map(text);
    expect(ticks.length).to.be.within(2, 12);
    for (const tick of ticks) expect(tick).to.match(/^-?[\d,.]+$/);
    for (const bar of panel.querySelectorAll('rect.bar')) {
      expect(bar.getAttribute('x')).to.match(/^-?\d+(\.\d+)?%$/);
      expect(bar.getAttribute('width')).to.match(/^\d+(\.\d+)?%$/);
    }
  });

  it('shows the error state, not "0 mmHg", for 5e-324', async () => {
    const el = await chart({ view: 'panels' }, withValues([5e-324, 1, 2, 3]));
    expect(await settled(el)).to.equal('error');
    expect(el.shadowRoot!.textContent).to.not.contain('0 mmHg');
  });
});
