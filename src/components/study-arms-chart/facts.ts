import type { ChartContext } from './context.js';
import { format } from '../../util/format.js';
import { formatList, formatNumber } from '../../i18n/locale.js';
import type { Arm, MeasuredResult, Outcome, OutcomeResult, RelationResult } from '../../content/types.js';

/**
 * What the chart and the table both say about one outcome, worked out once from the document.
 * Nothing here computes a number the document does not hold: bars get the document's values or
 * ratios, everything else becomes words.
 */

/** How one group's cell is drawn. */
export type Mark =
  | { type: 'bar'; value: number; interval?: [number, number] }
  | { type: 'direction'; relation: 'less' | 'more' | 'similar' }
  | { type: 'reference' }
  | { type: 'none' };

export interface Row {
  arm: Arm;
  /** Position of the arm in the document (picks its pattern and shape). */
  index: number;
  result?: OutcomeResult;
  mark: Mark;
  /** Label beside the arm name: "42 days", "2×", "1× (reference)". */
  value: string;
  /** A sentence under the label: direction words, "Not reported in the source". */
  words: string;
  note: string;
}

export interface Scale {
  kind: 'measured' | 'ratio';
  lo: number;
  hi: number;
  ticks: number[];
  tickLabel: (v: number) => string;
  title: string;
}

export interface Panel {
  outcome: Outcome;
  rows: Row[];
  scale?: Scale;
  /** True when some result is a direction with no size. */
  directionOnly: boolean;
}

function capitalise(text: string, lang: string) {
  return text ? text.charAt(0).toLocaleUpperCase(lang) + text.slice(1) : text;
}

/** "fewer lung metastases" (the outcome's words) or "less" (the UI's). */
function directionWord(ctx: ChartContext, outcome: Outcome, relation: 'less' | 'more' | 'similar') {
  return ctx.t(outcome.directionWords?.[relation]) || ctx.strings.chart[relation];
}

function armById(ctx: ChartContext, id: string) {
  return ctx.doc.arms.arms.find((a) => a.id === id);
}

/**
 * "Fewer lung metastases than Control and Plerixafor", "Similar to Control", "About the same
 * protein in urine (compared with Placebo)". The template of each is in the chart's strings.
 */
function relationSentence(ctx: ChartContext, outcome: Outcome, r: RelationResult, short: boolean) {
  if (r.relation === 'reference') return '';
  if (r.comparison === 'not-stated') return `${capitalise(directionWord(ctx, outcome, r.relation), ctx.lang)}; ${ctx.strings.chart.comparisonNotStated}`;
  const names = (r.to ?? []).map((id) => {
    const arm = armById(ctx, id);
    return arm ? (short ? arm.shortLabel : ctx.t(arm.label)) : id;
  });
  const words = directionWord(ctx, outcome, r.relation);
  const s = ctx.strings.chart;
  // "Similar to X" in the chart's word; the document's own words may not take "to" after them.
  const template = r.relation !== 'similar' ? s.than : ctx.t(outcome.directionWords?.similar) ? s.similarWordsTo : s.similarTo;
  return capitalise(names.length ? format(template, { words, arms: formatList(names, ctx.lang) }) : words, ctx.lang);
}

function measuredValue(ctx: ChartContext, outcome: Outcome, r: MeasuredResult) {
  return format(ctx.strings.chart.valueUnit, { value: formatNumber(r.value, ctx.lang), unit: ctx.t(outcome.unit) }).trim();
}

function intervalText(ctx: ChartContext, r: MeasuredResult) {
  return r.interval
    ? format(ctx.strings.chart.interval, { low: formatNumber(r.interval[0], ctx.lang), high: formatNumber(r.interval[1], ctx.lang) })
    : '';
}

/** Round-number ticks from zero that cover [lo, hi]. */
function niceTicks(lo: number, hi: number): number[] {
  const span = hi - lo || Math.abs(hi) || 1;
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const first = Math.floor(lo / step);
  const last = Math.ceil(hi / step);
  const ticks: number[] = [];
  for (let i = first; i <= last; i += 1) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** The rows and scale of one outcome panel, every arm in document order. */
export function buildPanel(ctx: ChartContext, outcome: Outcome): Panel {
  const { strings, lang } = ctx;
  const s = strings.chart;
  const results = new Map(outcome.results.map((r) => [r.arm, r]));
  const measured = outcome.results.filter((r): r is MeasuredResult => r.kind === 'measured');
  const ratios = outcome.results.filter((r): r is RelationResult => r.kind === 'relation' && r.ratio !== undefined);
  // One reference per ratio panel: ratios against another arm are told in words only.
  const refId = !measured.length && ratios.length ? ratios[0].to?.[0] : undefined;
  const refArm = refId ? armById(ctx, refId) : undefined;
  let directionOnly = false;

  const rows: Row[] = ctx.doc.arms.arms.map((arm, index) => {
    const result = results.get(arm.id);
    const note = ctx.t(result?.note);
    const row: Row = { arm, index, result, mark: { type: 'none' }, value: '', words: '', note };
    if (!result || result.kind === 'not-reported') {
      row.words = s.notReported;
    } else if (result.kind === 'measured') {
      row.mark = { type: 'bar', value: result.value, interval: result.interval };
      row.value = measuredValue(ctx, outcome, result);
      row.words = [format(s.groupSize, { n: formatNumber(result.n, lang) }), intervalText(ctx, result)].filter(Boolean).join(' · ');
    } else if (refArm && arm.id === refArm.id) {
      row.mark = { type: 'bar', value: 1 };
      row.value = s.referenceValue;
      row.words = result.relation === 'reference' ? '' : relationSentence(ctx, outcome, result, true);
    } else if (result.relation === 'reference') {
      row.mark = { type: 'reference' };
      row.words = s.reference;
    } else if (refArm && result.ratio !== undefined && result.to?.[0] === refArm.id) {
      row.mark = { type: 'bar', value: result.ratio };
      row.value = format(s.ratioValue, { ratio: formatNumber(result.ratio, lang) });
      row.words = relationSentence(ctx, outcome, result, true);
    } else {
      row.mark = { type: 'direction', relation: result.relation };
      if (result.ratio !== undefined) row.value = format(s.ratioValue, { ratio: formatNumber(result.ratio, lang) });
      else directionOnly = true;
      row.words = relationSentence(ctx, outcome, result, true);
    }
    return row;
  });

  let scale: Scale | undefined;
  if (measured.length) {
    const values = measured.flatMap((r) => [r.value, ...(r.interval ?? [])]);
    const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
    const unit = ctx.t(outcome.unit);
    scale = {
      kind: 'measured',
      lo: ticks[0],
      hi: ticks[ticks.length - 1],
      ticks,
      tickLabel: (v) => formatNumber(v, lang),
      title: format(s.measuredAxis, { unit }),
    };
  } else if (refArm) {
    const drawn = rows.flatMap((r) => (r.mark.type === 'bar' ? [r.mark.value] : []));
    // Ticks only at zero, the reference and the stated ratios: no other number appears.
    const ticks = [...new Set([0, 1, ...drawn])].sort((a, b) => a - b);
    scale = {
      kind: 'ratio',
      lo: 0,
      hi: Math.max(...ticks),
      ticks,
      tickLabel: (v) => (v === 0 ? formatNumber(0, lang) : format(s.ratioValue, { ratio: formatNumber(v, lang) })),
      title: format(s.ratioAxis, { arm: refArm.shortLabel }),
    };
  }
  return { outcome, rows, scale, directionOnly };
}

/** The outcomes shown: one when `outcome` names a known id, else all. */
export function shownOutcomes(ctx: ChartContext, id: string | undefined): Outcome[] {
  const all = ctx.doc.arms.outcomes;
  const one = id ? all.find((o) => o.id === id) : undefined;
  return one ? [one] : all;
}

export interface Table {
  head: string[];
  /** One row per outcome and arm; `arm` is the arm id (for highlighting). */
  rows: Array<{ arm: string; cells: string[] }>;
}

/** The same facts as the chart, as rows of text: feeds both the `<table>` and the CSV. */
export function buildTable(ctx: ChartContext, outcomes: Outcome[]): Table {
  const s = ctx.strings.chart;
  const all = outcomes.flatMap((o) => o.results);
  const hasMeasured = all.some((r) => r.kind === 'measured');
  const hasInterval = all.some((r) => r.kind === 'measured' && r.interval);
  const hasCompared = all.some((r) => r.kind === 'relation' && (r.to?.length || r.comparison));
  const hasNote = all.some((r) => r.note !== undefined);
  const head = [s.colOutcome, s.colGroup, s.colResult];
  if (hasCompared) head.push(s.colComparedWith);
  if (hasMeasured) head.push(s.colN);
  if (hasInterval) head.push(s.colInterval);
  if (hasNote) head.push(s.colNote);

  const rows: Table['rows'] = [];
  for (const outcome of outcomes) {
    const panel = buildPanel(ctx, outcome);
    for (const row of panel.rows) {
      const r = row.result;
      let result: string;
      if (!r || r.kind === 'not-reported') result = s.notReported;
      else if (r.kind === 'measured') result = row.value;
      else if (r.relation === 'reference') result = row.value || s.reference;
      else {
        const words = capitalise(directionWord(ctx, outcome, r.relation), ctx.lang);
        result = r.ratio !== undefined ? `${format(s.ratioValue, { ratio: formatNumber(r.ratio, ctx.lang) })}: ${words}` : words;
      }
      const cells = [ctx.t(outcome.label), ctx.t(row.arm.label), result];
      if (hasCompared) {
        const to = r?.kind === 'relation' ? (r.to ?? []) : [];
        if (r?.kind === 'relation' && r.comparison === 'not-stated') cells.push(s.notStated);
        else cells.push(formatList(to.map((id) => ctx.t(armById(ctx, id)?.label) || id), ctx.lang));
      }
      if (hasMeasured) cells.push(r?.kind === 'measured' ? formatNumber(r.n, ctx.lang) : '');
      if (hasInterval) cells.push(r?.kind === 'measured' ? intervalText(ctx, r) : '');
      if (hasNote) cells.push(row.note);
      rows.push({ arm: row.arm.id, cells });
    }
  }
  return { head, rows };
}

/** Facts of neighbouring groups that say the same in the reader's table: the CSV's columns after the group's, those with something to say. */
export interface GridCell {
  arms: string[];
  facts: Array<{ column: number; name: string; text: string }>;
}

/**
 * The table as readers see it: a row per outcome, a column per group, each cell holding that
 * group's facts (its result, then "Compared with: …", n, interval, note when given), one cell
 * across neighbouring groups whose facts are the same. The same facts as the CSV's long rows,
 * laid out short: 11 outcomes make 11 rows, not 44.
 */
export interface Grid {
  corner: string;
  arms: Array<{ id: string; label: string }>;
  rows: Array<{ outcome: string; cells: GridCell[] }>;
  /** Each column's share of the width (outcome first), by the most text a cell of it holds. */
  shares: number[];
}

/** Column shares: the longest text of each column (a cell across columns counts its share in each), in proportion. */
function columnShares(rows: Grid['rows'], columns: number): number[] {
  const most = new Array<number>(columns + 1).fill(1);
  for (const row of rows) {
    most[0] = Math.max(most[0], row.outcome.length);
    let at = 1;
    for (const cell of row.cells) {
      const length = cell.facts.reduce((n, f) => n + f.name.length + f.text.length, 0) / cell.arms.length;
      for (let i = 0; i < cell.arms.length; i += 1) most[at + i] = Math.max(most[at + i], length);
      at += cell.arms.length;
    }
  }
  const total = most.reduce((a, b) => a + b, 0);
  return most.map((n) => n / total);
}

export function buildGrid(ctx: ChartContext, table: Table): Grid {
  const rows: Grid['rows'] = [];
  const same = (a: GridCell['facts'], b: GridCell['facts']) => a.length === b.length && a.every((f, i) => f.column === b[i].column && f.text === b[i].text);
  for (const row of table.rows) {
    const [outcome, , ...rest] = row.cells;
    const facts = rest.map((text, i) => ({ column: i + 2, name: table.head[i + 2], text })).filter((fact) => fact.text);
    let last = rows[rows.length - 1];
    if (!last || last.outcome !== outcome || last.cells.some((c) => c.arms.includes(row.arm))) rows.push((last = { outcome, cells: [] }));
    const previous = last.cells[last.cells.length - 1];
    if (previous && same(previous.facts, facts)) previous.arms.push(row.arm);
    else last.cells.push({ arms: [row.arm], facts });
  }
  const arms = ctx.doc.arms.arms.map((arm) => ({ id: arm.id, label: ctx.t(arm.label) }));
  return { corner: table.head[0], arms, rows, shares: columnShares(rows, arms.length) };
}

function csvCell(text: string) {
  // Spreadsheets run cells that start with = + @ as formulas: keep them text.
  const safe = /^[=+@\t\r]|^-(?!\d)/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV (CRLF line ends) of a table. */
export function toCsv(table: Table): string {
  return [table.head, ...table.rows.map((r) => r.cells)].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
