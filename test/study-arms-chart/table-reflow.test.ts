import { expect, html } from '@open-wc/testing';
import type { StudyArmsChart } from '../../src/index.js';
import { mount } from '../support/helpers.js';
import { wordsBrokenAcrossLines } from '../support/word-breaks.js';
import { shadow, text } from './support.js';

/** A table view in a box `width` px wide (the chart's own width, as in an article column). */
async function tableAt(width: number, lang: string) {
  const wrap = await mount<HTMLDivElement>(html`<div style="inline-size:${width}px"><study-arms-chart view="table" lang=${lang}></study-arms-chart></div>`);
  const el = wrap.querySelector<StudyArmsChart>('study-arms-chart')!;
  await el.updateComplete;
  return { wrap, el, root: shadow(el) };
}

/** Issue #27: the table view breaks neither in an article column nor on a phone. */
describe('<study-arms-chart> table view by the chart width', () => {
  for (const width of [600, 672, 800]) {
    for (const lang of ['en', 'es']) {
      it(`${lang}, ${width} px: a table, under 2,000 px tall, its caption as wide as the table`, async () => {
        const { wrap, el, root } = await tableAt(width, lang);
        const table = root.querySelector('table')!;
        expect(getComputedStyle(table).display).to.equal('table');
        expect(getComputedStyle(root.querySelector('tbody tr')!).display).to.equal('table-row');
        const box = root.querySelector<HTMLElement>('.table-wrap')!;
        expect(box.scrollWidth, 'no sideways scroll').to.be.at.most(box.clientWidth + 1);
        const height = el.getBoundingClientRect().height;
        console.log(`table view, ${lang}, ${width} px: ${Math.round(height)} px`);
        expect(height).to.be.below(2000);
        expect(root.querySelector('caption')!.getBoundingClientRect().width).to.be.at.least(table.getBoundingClientRect().width - 1);
        expect(wordsBrokenAcrossLines(root)).to.deep.equal([]);
        wrap.remove();
      });
    }
  }
});

describe('<study-arms-chart> table at 320 and 390 px', () => {
  for (const width of [320, 390]) {
    for (const lang of ['en', 'es']) {
      it(`${lang}, ${width} px: a card per outcome, a line per group with its facts, no empty line, no word broken, no horizontal scroll`, async () => {
        const { wrap, root } = await tableAt(width - 32, lang);
        const box = root.querySelector<HTMLElement>('.table-wrap')!;
        expect(box.scrollWidth, 'no horizontal scroll').to.be.at.most(box.clientWidth + 1);
        expect(root.querySelector('caption')!.getBoundingClientRect().width, 'caption as wide as the cards').to.be.at.least(root.querySelector('table')!.getBoundingClientRect().width - 1);
        const groups = [...root.querySelectorAll<HTMLElement>('thead th[data-arm]')].map((th) => th.dataset.arm);
        for (const tr of root.querySelectorAll('tbody tr')) {
          expect(getComputedStyle(tr).display, 'a card').to.equal('block');
          expect(text(tr.querySelector('th[scope="row"]')), 'the outcome as its title').to.not.equal('');
          const cells = [...tr.querySelectorAll<HTMLElement>('td')];
          expect(cells.flatMap((c) => c.dataset.arm!.split(' ')), 'every group').to.deep.equal(groups);
          for (const cell of cells) {
            expect(getComputedStyle(cell, '::before').content, 'group name shown').to.not.equal('none');
            expect(cell.scrollWidth, `"${text(cell)}" fits`).to.be.at.most(cell.clientWidth + 1);
            const facts = [...cell.querySelectorAll<HTMLElement>('.fact')];
            expect(facts.length, 'a result').to.be.greaterThan(0);
            for (const fact of facts) {
              const name = text(fact.querySelector('.fact-name'));
              expect(text(fact).slice(name.length).trim(), `no empty "${name}" line`).to.not.equal('');
            }
          }
        }
        expect(wordsBrokenAcrossLines(root)).to.deep.equal([]);
        wrap.remove();
      });
    }
  }
});
