import { expect, html } from '@open-wc/testing';
import type { StudyArmsChart } from '../../src/index.js';
import { mount } from '../support/helpers.js';
import { shadow, text } from './support.js';

/** Words of a cell's text nodes that the browser drew on more than one line (broken mid-word). */
function brokenWords(cell: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.textContent ?? '';
    for (const m of value.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(m[0]);
    }
  }
  return broken;
}

describe('<study-arms-chart> table at 320 and 390 px', () => {
  for (const width of [320, 390]) {
    for (const lang of ['en', 'es']) {
      it(`${lang}, ${width} px: reflows into cards with every column, no word broken, no horizontal scroll`, async () => {
        const wrap = await mount<HTMLDivElement>(
          html`<div style="inline-size:${width}px"><study-arms-chart view="table" lang=${lang}></study-arms-chart></div>`,
        );
        const el = wrap.querySelector<StudyArmsChart>('study-arms-chart')!;
        await el.updateComplete;
        const root = shadow(el);
        const box = root.querySelector<HTMLElement>('.table-wrap')!;
        expect(box.scrollWidth, 'no horizontal scroll').to.be.at.most(box.clientWidth + 1);
        const head = [...root.querySelectorAll('thead th')].map((th) => text(th));
        for (const tr of root.querySelectorAll('tbody tr')) {
          const cells = [...tr.querySelectorAll<HTMLElement>('th, td')];
          expect(cells.map((c) => c.dataset.label), 'every column is there, with its name').to.deep.equal(head);
          for (const cell of cells) {
            if (!text(cell)) continue;
            expect(cell.getBoundingClientRect().width, 'shown').to.be.greaterThan(0);
            expect(cell.scrollWidth, `"${text(cell)}" fits`).to.be.at.most(cell.clientWidth + 1);
            expect(brokenWords(cell), `"${text(cell)}"`).to.deep.equal([]);
            expect(getComputedStyle(cell, '::before').content, 'column name shown').to.not.equal('none');
          }
        }
        wrap.remove();
      });
    }
  }

  it('wide boxes keep the ordinary table layout', async () => {
    const wrap = await mount<HTMLDivElement>(html`<div style="inline-size:1000px"><study-arms-chart view="table"></study-arms-chart></div>`);
    const el = wrap.querySelector<StudyArmsChart>('study-arms-chart')!;
    expect(getComputedStyle(shadow(el).querySelector('tbody tr')!).display).to.equal('table-row');
    for (const cell of shadow(el).querySelectorAll('tbody td, tbody th')) expect(brokenWords(cell)).to.deep.equal([]);
    wrap.remove();
  });
});
