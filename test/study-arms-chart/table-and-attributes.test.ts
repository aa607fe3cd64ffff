import { expect, html } from '@open-wc/testing';
import type { StudyArmsChart } from '../../src/index.js';
import { textFor } from '../../src/content/text.js';
import { captureWarnings, copyOfDefault, mount } from '../support/helpers.js';
import { chart, numericExample, overviewRows, panels, parseCsv, rows, shadow, tableRows, text, ui } from './support.js';

describe('<study-arms-chart> table and data', () => {
  const doc = copyOfDefault('en');

  it('view="table" shows a real table: a row per outcome, a column per group, every result in its cell', async () => {
    const el = await chart({ view: 'table' });
    expect(panels(el)).to.have.length(0);
    const table = shadow(el).querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.contain(textFor(doc.arms.title, 'patient'));
    const head = [...table.querySelectorAll<HTMLElement>('thead th[scope="col"]')];
    expect(head.slice(1).map((th) => text(th))).to.deep.equal(doc.arms.arms.map((a) => textFor(a.label, 'patient')));
    const body = [...table.querySelectorAll('tbody tr')];
    expect(body.map((tr) => text(tr.querySelector('th[scope="row"]')))).to.deep.equal(doc.arms.outcomes.map((o) => textFor(o.label, 'patient')));
    doc.arms.outcomes.forEach((o, i) => {
      const cells = [...body[i].querySelectorAll<HTMLTableCellElement>('td')];
      // Every group once, in document order, a cell across neighbours that say the same.
      expect(cells.flatMap((c) => c.dataset.arm!.split(' '))).to.deep.equal(doc.arms.arms.map((a) => a.id));
      for (const cell of cells) expect(cell.colSpan).to.equal(cell.dataset.arm!.split(' ').length);
      for (const r of o.results) {
        const cell = cells.find((c) => c.dataset.arm!.split(' ').includes(r.arm))!;
        const result = text(cell.querySelector('.fact[data-column="2"]'));
        if (r.kind === 'not-reported') expect(result).to.equal(ui().notReported);
        if (r.kind === 'relation' && r.ratio !== undefined) expect(result).to.match(new RegExp(`^${r.ratio}×`));
        if (r.kind === 'relation' && r.to?.length) {
          for (const id of r.to) expect(text(cell)).to.contain(textFor(doc.arms.arms.find((x) => x.id === id)!.label, 'patient'));
        }
      }
    });
  });

  it('the CSV holds exactly the facts of the table', async () => {
    for (const data of [undefined, numericExample()]) {
      const el = await chart({ view: 'table' }, data);
      const [head, ...csv] = parseCsv(el.getCsv());
      expect(text(shadow(el).querySelector('thead th'))).to.equal(head[0]);
      expect(csv).to.deep.equal(tableRows(el, head.length));
    }
  });

  it('the CSV is RFC 4180 text with formula-like cells kept as text (literal expected file)', async () => {
    const data = numericExample();
    const [a, b, c, d] = data.arms.arms;
    a.label = '=1+2';
    b.label = '@SUM(A1:A2)';
    c.label = 'Both "drugs", mixed';
    d.label = '+1';
    data.arms.outcomes = [data.arms.outcomes[1]];
    data.arms.outcomes[0].label = '-Weight';
    const el = await chart({ view: 'table' }, data);
    expect(el.getCsv()).to.equal(
      'Outcome,Group,Result,Compared with,Group size (n)\r\n' +
        "'-Weight,'=1+2,-4.5 %,,10\r\n" +
        "'-Weight,'@SUM(A1:A2),Not reported in the source,,\r\n" +
        "'-Weight,\"Both \"\"drugs\"\", mixed\",2 %,,12\r\n" +
        "'-Weight,'+1,Similar,\"Both \"\"drugs\"\", mixed\",\r\n",
    );
  });

  it('"Download data (CSV)" makes the file in the browser', async () => {
    const el = await chart();
    const original = URL.createObjectURL;
    const blobs: Blob[] = [];
    const clicked: string[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return original.call(URL, blob);
    };
    const onClick = (event: Event) => {
      const a = event.target as HTMLAnchorElement;
      clicked.push(a.download);
      event.preventDefault();
    };
    el.shadowRoot!.addEventListener('click', onClick, true);
    try {
      const button = shadow(el).querySelector<HTMLButtonElement>('[part~="download"]')!;
      expect(text(button)).to.equal(ui().download);
      button.click();
    } finally {
      URL.createObjectURL = original;
      el.shadowRoot!.removeEventListener('click', onClick, true);
    }
    expect(blobs).to.have.length(1);
    expect(blobs[0].type).to.contain('text/csv');
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)], 'UTF-8 byte-order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).to.equal(el.getCsv());
    expect(clicked).to.include(`${doc.id}-results.csv`);
  });

  it('the toggle switches view, reflects it, and keeps focus on the button', async () => {
    const el = await chart();
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    expect(text(toggle)).to.equal(ui().showTable);
    toggle.focus();
    toggle.click();
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('table');
    expect(shadow(el).querySelector('table')).to.exist;
    expect(shadow(el).activeElement === toggle, 'focus stays on the toggle').to.equal(true);
    expect(text(toggle)).to.equal(ui().showChart);
    toggle.click();
    await el.updateComplete;
    expect(el.view).to.equal('chart');
    expect(shadow(el).querySelectorAll('table').length).to.equal(0);
    expect(overviewRows(el).length).to.equal(doc.arms.outcomes.length);
  });
});

describe('<study-arms-chart> attributes', () => {
  const doc = copyOfDefault('en');
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('outcome shows one outcome, in the chart and in the table, and reflects', async () => {
    const last = doc.arms.outcomes[doc.arms.outcomes.length - 1];
    const el = await chart({ outcome: last.id });
    expect(panels(el).map((p) => p.dataset.outcome)).to.deep.equal([last.id]);
    el.view = 'table';
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('table');
    expect(shadow(el).querySelectorAll('tbody tr').length).to.equal(1);
    expect(text(shadow(el).querySelector('tbody th[scope="row"]'))).to.equal(textFor(last.label, 'patient'));
    el.outcome = doc.arms.outcomes[0].id;
    await el.updateComplete;
    expect(el.getAttribute('outcome')).to.equal(doc.arms.outcomes[0].id);
    expect(warnings.messages).to.have.length(0);
  });

  it('an unknown outcome shows all outcomes with one warning', async () => {
    const el = await chart({ outcome: 'no-such-outcome' });
    el.requestUpdate();
    await el.updateComplete;
    expect(overviewRows(el).length).to.equal(doc.arms.outcomes.length);
    el.view = 'panels';
    await el.updateComplete;
    expect(panels(el).length).to.equal(doc.arms.outcomes.length);
    expect(warnings.messages.filter((m) => m.includes("'no-such-outcome'"))).to.have.length(1);
  });

  it('a bad view falls back to the chart with one warning', async () => {
    const el = await chart({ view: 'pie' });
    el.requestUpdate();
    await el.updateComplete;
    expect(overviewRows(el).length).to.equal(doc.arms.outcomes.length);
    expect(warnings.messages.filter((m) => m.includes("'pie'"))).to.have.length(1);
  });

  it('highlight emphasises one arm in every panel and in the table, and reflects', async () => {
    const arm = doc.arms.arms[doc.arms.arms.length - 1].id;
    const el = await chart({ view: 'panels' });
    el.highlight = arm;
    await el.updateComplete;
    expect(el.getAttribute('highlight')).to.equal(arm);
    for (const panel of panels(el)) {
      expect(rows(panel).filter((r) => r.classList.contains('highlight')).map((r) => r.dataset.arm)).to.deep.equal([arm]);
      expect(panel.querySelectorAll('[part~="highlight"]').length).to.equal(1);
    }
    el.view = 'table';
    await el.updateComplete;
    // The group's column: its heading and its cell in every row (a shared cell stays plain).
    const marked = [...shadow(el).querySelectorAll<HTMLElement>('.highlight')];
    expect(marked.filter((c) => c.matches('thead th')).map((c) => c.dataset.arm)).to.deep.equal([arm]);
    const cells = marked.filter((c) => c.matches('td'));
    expect(cells.length).to.equal(doc.arms.outcomes.length);
    expect(cells.every((td) => td.dataset.arm!.split(' ').includes(arm))).to.equal(true);
  });

  it('an unknown highlight highlights nothing, with one warning', async () => {
    const el = await chart({ highlight: 'nobody' });
    el.requestUpdate();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.highlight').length).to.equal(0);
    expect(warnings.messages.filter((m) => m.includes("'nobody'"))).to.have.length(1);
  });

  it('fires explainer-ready once the chart has rendered', async () => {
    const wrap = document.createElement('div');
    const seen: string[] = [];
    wrap.addEventListener('explainer-ready', (e) => seen.push((e.target as Element).localName));
    document.body.append(wrap);
    try {
      const el = document.createElement('study-arms-chart') as StudyArmsChart;
      wrap.append(el);
      await new Promise<void>((resolve) => el.addEventListener('explainer-ready', () => resolve(), { once: true }));
      expect(seen).to.deep.equal(['study-arms-chart']);
      expect(overviewRows(el).length).to.equal(doc.arms.outcomes.length);
    } finally {
      wrap.remove();
    }
  });

  it('invalid content shows the error state and never throws', async () => {
    const bad = copyOfDefault('en');
    (bad.arms.outcomes[0].results[0] as { arm: string }).arm = 'nobody';
    const el = await chart({}, bad);
    expect(shadow(el).querySelector('[part~="error"]')).to.exist;
    expect(el.getCsv()).to.be.a('string');
  });
});

describe('<study-arms-chart> accessibility and layout', () => {
  for (const theme of ['light', 'dark']) {
    for (const lang of ['en', 'es'] as const) {
      for (const view of ['chart', 'panels', 'table']) {
        it(`axe: ${view} view, ${theme}, ${lang}`, async () => {
          const el = await chart({ theme, lang, view, highlight: copyOfDefault(lang).arms.arms[0].id });
          await expect(el).to.be.accessible();
        });
      }
    }
  }

  it('axe: the measured example, chart and table, one outcome', async () => {
    const data = numericExample();
    for (const view of ['chart', 'panels', 'table']) {
      const el = await chart({ view, theme: 'dark', outcome: data.arms.outcomes[0].id }, data);
      await expect(el).to.be.accessible();
    }
  });

  it('at 320 px nothing is wider than the box, and text is at least 14 px', async () => {
    for (const data of [undefined, numericExample()]) {
      for (const view of ['chart', 'panels', 'table']) {
        const wrap = await mount<HTMLDivElement>(html`<div style="inline-size:320px"><study-arms-chart .data=${data} view=${view}></study-arms-chart></div>`);
        const el = wrap.querySelector<StudyArmsChart>('study-arms-chart')!;
        await el.updateComplete;
        const box = wrap.getBoundingClientRect();
        expect(el.scrollWidth, view).to.be.at.most(320);
        const root = shadow(el).querySelector('[part~="base"]')!;
        expect(root.scrollWidth, view).to.be.at.most(root.clientWidth + 2);
        const outside = [...shadow(el).querySelectorAll('*')].filter((n) => {
          if (n.closest('.table-wrap') || n.closest('.defs')) return false;
          const r = n.getBoundingClientRect();
          return r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5);
        });
        expect(outside.map((n) => n.localName + '.' + n.getAttribute('class')), view).to.deep.equal([]);
        const tableWrap = shadow(el).querySelector<HTMLElement>('.table-wrap');
        if (tableWrap) expect(tableWrap.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
        for (const node of shadow(el).querySelectorAll('p, span, th, td, button, caption, strong')) {
          if (!node.textContent?.trim() || node.closest('.defs')) continue;
          expect(parseFloat(getComputedStyle(node).fontSize), node.localName).to.be.at.least(14);
        }
        wrap.remove();
      }
    }
  });

  it('buttons are at least 24 × 24 px', async () => {
    const el = await chart();
    for (const button of shadow(el).querySelectorAll('button')) {
      const r = button.getBoundingClientRect();
      expect(r.width).to.be.at.least(24);
      expect(r.height).to.be.at.least(24);
    }
  });

  it('arms differ by shape and pattern, not colour alone', async () => {
    const el = await chart({ view: 'panels' }, numericExample());
    const panel = panels(el)[0];
    const fills = rows(panel).map((r) => r.querySelector('rect.bar')!.getAttribute('fill'));
    expect(new Set(fills).size).to.equal(fills.length);
    const shapes = rows(panel).map((r) => r.querySelector('svg.shape')!.innerHTML.replace(/<!--.*?-->/g, ''));
    expect(new Set(shapes).size).to.equal(shapes.length);
  });

  it('bars and direction marks are labelled images; the shapes beside the words stay hidden', async () => {
    const el = await chart({ view: 'panels' }, numericExample());
    const labels = (selector: string) =>
      [...shadow(el).querySelectorAll(selector)].map((svgEl) => [svgEl.getAttribute('role'), svgEl.getAttribute('aria-label'), svgEl.getAttribute('aria-hidden')]);
    expect(labels('svg.track')).to.deep.equal([
      ['img', 'Control: 20 days', null],
      ['img', 'Plerixafor: 30 days', null],
      ['img', 'Checkpoint inhibitors: 45 days', null],
      ['img', 'Both: 60 days', null],
      ['img', 'Control: -4.5 %', null],
      ['img', 'Checkpoint inhibitors: 2 %', null],
    ]);
    expect(labels('svg.direction-mark')).to.deep.equal([['img', 'Both: Similar to Checkpoint inhibitors', null]]);
    for (const svgEl of shadow(el).querySelectorAll('svg.shape, svg.swatch, svg.defs')) expect(svgEl.getAttribute('aria-hidden')).to.equal('true');
    for (const svgEl of shadow(el).querySelectorAll('svg')) expect(svgEl.querySelector('a, [tabindex], [focusable="true"]')).to.equal(null);
  });
});
