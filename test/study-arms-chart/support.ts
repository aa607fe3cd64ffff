import { fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { StudyArmsChart } from '../../src/index.js';
import type { ExplainerDocument, Outcome, OutcomeResult } from '../../src/content/types.js';
import { strings } from '../../src/strings.js';
import { copyOfDefault, settled } from '../support/helpers.js';

export type Lang = 'en' | 'es';

/** A chart with `attrs` and optional data, settled. */
export async function chart(attrs: Record<string, string> = {}, data?: ExplainerDocument): Promise<StudyArmsChart> {
  const el = await fixture<StudyArmsChart>(html`<study-arms-chart .data=${data}></study-arms-chart>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await settled(el);
  await el.updateComplete;
  return el;
}

export const shadow = (el: Element) => el.shadowRoot!;
export const panels = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="panel"]')];
export const overviewRows = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="overview-row"]')];
export const rows = (panel: Element) => [...panel.querySelectorAll<HTMLElement>('[part~="row"]')];
export const rowFor = (panel: Element, arm: string) => panel.querySelector<HTMLElement>(`[part~="row"][data-arm="${arm}"]`)!;
export const panelFor = (el: Element, outcome: string) => shadow(el).querySelector<HTMLElement>(`[part~="panel"][data-outcome="${outcome}"]`)!;
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const ui = (lang: Lang = 'en') => strings[lang].chart;

/** The result the document gives an arm in an outcome (undefined when it gives none). */
export const resultOf = (outcome: Outcome, arm: string): OutcomeResult | undefined => outcome.results.find((r) => r.arm === arm);

/**
 * The reader's table (a row per outcome, a column per group, a cell across neighbours that say the
 * same) read back as the CSV's long rows: outcome, group, then `columns - 2` facts by column.
 */
export function tableRows(el: Element, columns: number): string[][] {
  const table = shadow(el).querySelector('table')!;
  const groups = new Map([...table.querySelectorAll<HTMLElement>('thead th[data-arm]')].map((th) => [th.dataset.arm!, text(th)]));
  return [...table.querySelectorAll('tbody tr')].flatMap((tr) => {
    const outcome = text(tr.querySelector('th[scope="row"]'));
    return [...tr.querySelectorAll<HTMLElement>('td')].flatMap((td) => {
      const facts = new Array<string>(columns - 2).fill('');
      for (const fact of td.querySelectorAll<HTMLElement>('.fact')) {
        const name = text(fact.querySelector('.fact-name'));
        facts[Number(fact.dataset.column) - 2] = text(fact).slice(name.length).trim();
      }
      return td.dataset.arm!.split(' ').map((arm) => [outcome, groups.get(arm)!, ...facts]);
    });
  });
}

/** A small RFC 4180 parser (quotes, doubled quotes, CRLF). */
export function parseCsv(csv: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  if (cell || row.length) out.push([...row, cell]);
  return out;
}

/**
 * A made-up document in the shape of the authoring guide's example: measured values with n and
 * intervals (including a negative value), mixed with a relation and a gap.
 */
export function numericExample(lang: Lang = 'en'): ExplainerDocument {
  const doc = copyOfDefault(lang);
  doc.example = true;
  doc.id = 'example-study';
  const [a, b, c, d] = doc.arms.arms.map((arm) => arm.id);
  const claims = doc.arms.design.claims;
  doc.arms.outcomes = [
    {
      id: 'survival',
      label: 'Median survival',
      unit: 'days',
      claims,
      results: [
        { arm: a, kind: 'measured', value: 20, n: 10, interval: [15, 26], claims },
        { arm: b, kind: 'measured', value: 30, n: 10, claims },
        { arm: c, kind: 'measured', value: 45, n: 12, interval: [38, 52], claims },
        { arm: d, kind: 'measured', value: 60, n: 12, interval: [50, 71], claims },
      ],
    },
    {
      id: 'weight',
      label: 'Weight change',
      unit: '%',
      claims,
      results: [
        { arm: a, kind: 'measured', value: -4.5, n: 10, claims },
        { arm: b, kind: 'not-reported' },
        { arm: c, kind: 'measured', value: 2, n: 12, claims },
        { arm: d, kind: 'relation', relation: 'similar', to: [c], claims },
      ],
    },
  ];
  return doc;
}
