import { html, nothing } from 'lit';
import type { ChartContext } from './context.js';
import { inlineStyle } from '../../base/inline-style.js';
import type { Outcome } from '../../content/types.js';
import type { Panel, Row } from './facts.js';
import { directionMark, shape } from './marks.js';
import { patternGroups, statedByPattern } from './patterns.js';

/**
 * The default view: outcomes × groups at a glance. One row per outcome, one cell per group with
 * a direction arrow and a short word, the stated ratio as the only bars. Neighbouring cells that
 * say the same thing share one box ("Comparison group" across three groups). Each row's button
 * opens that outcome's full panel below it.
 *
 * The whole overview is one grid (head and rows are subgrids of it), so a column is as wide as
 * its longest word. A box too narrow for the grid drops the columns: consecutive outcomes whose
 * results have the same pattern across the groups (patterns.ts) share a line above them that
 * states the pattern once ("Both compared with Control, Plerixafor and Checkpoint inhibitors"),
 * and each row shows only what differs from row to row: its direction, or its bars, each with its
 * group's name.
 *
 * Every outcome's panel is in the page, shown under its row when opened, so pre-rendered HTML
 * read without script (staticStyles) can show them all.
 *
 * For screen readers the structure is summary → outcome → groups: a list of outcomes, each a
 * button (with `aria-expanded`) followed by a list of the groups' results in words.
 */

type CellKind = 'bar' | 'less' | 'more' | 'similar' | 'reference' | 'not-reported' | 'absent';

interface Cell {
  kind: CellKind;
  /** The short visible words. */
  label: string;
  /** Shorter words for narrow boxes ("1× (ref.)"). */
  short?: string;
  /** A second visible line (e.g. "Compared with: not stated"), said by the pattern line in narrow boxes. */
  extra: string;
  /** Said by its group's pattern line in narrow boxes, not on its row. */
  stated: boolean;
  /** The whole result in words, for screen readers. */
  words: string;
  rows: Row[];
  bar?: { value: number; max: number };
  highlighted: boolean;
}

function cellFor(ctx: ChartContext, panel: Panel, row: Row, highlight: string | undefined): Cell {
  const s = ctx.strings.chart;
  const { mark, result } = row;
  const base = { extra: '', rows: [row], highlighted: row.arm.id === highlight, stated: statedByPattern(row) };
  if (mark.type === 'none') {
    return row.note
      ? { ...base, kind: 'absent', label: row.note, words: row.note }
      : { ...base, kind: 'not-reported', label: s.cellNotReported, words: s.notReported };
  }
  if (mark.type === 'reference') return { ...base, kind: 'reference', label: s.reference, short: s.cellReference, words: s.reference };
  if (mark.type === 'bar') {
    const words = [row.value, row.words].filter(Boolean).join(': ');
    const short = row.value === s.referenceValue ? s.cellRatioReference : undefined;
    return { ...base, kind: 'bar', label: row.value, short, words, bar: { value: mark.value, max: panel.scale?.hi ?? mark.value } };
  }
  const word = { less: s.cellLess, more: s.cellMore, similar: s.cellSimilar }[mark.relation];
  const notStated = result?.kind === 'relation' && result.comparison === 'not-stated';
  return {
    ...base,
    kind: mark.relation,
    label: row.value ? `${row.value} ${word}` : word,
    extra: notStated ? s.cellNotStated : '',
    words: row.words,
  };
}

/** Cells of one outcome, neighbours that say the same merged into one. */
export function overviewCells(ctx: ChartContext, panel: Panel, highlight: string | undefined): Cell[] {
  const cells: Cell[] = [];
  for (const row of panel.rows) {
    const cell = cellFor(ctx, panel, row, highlight);
    const last = cells[cells.length - 1];
    const same = last && cell.kind !== 'bar' && last.kind === cell.kind && last.label === cell.label && last.extra === cell.extra && last.highlighted === cell.highlighted;
    if (same) last.rows.push(row);
    else cells.push(cell);
  }
  return cells;
}

function cellMark(cell: Cell) {
  if (cell.bar) {
    const width = ((Math.max(0, cell.bar.value) / (cell.bar.max || 1)) * 100).toFixed(3);
    const fill = `url(#se-p${cell.rows[0].index % 4}${cell.highlighted ? 'h' : ''})`;
    return html`<svg class="ov-bar" width="100%" height="16" aria-hidden="true" focusable="false">
      <rect class="bar" part="bar" x="0" y="2" width="${width}%" height="12" fill=${fill} data-value=${cell.bar.value} />
      <line class="zero" x1="0" x2="0" y1="0" y2="16" />
    </svg>`;
  }
  return cell.kind === 'less' || cell.kind === 'more' || cell.kind === 'similar' || cell.kind === 'reference' ? directionMark(cell.kind, undefined, 20) : nothing;
}

/** The names of a cell's groups, for screen readers: "Control, Plerixafor". */
const groupNames = (ctx: ChartContext, cell: Cell) => cell.rows.map((r) => ctx.t(r.arm.label)).join(', ');

export interface OverviewOptions {
  outcomes: Outcome[];
  panels: Panel[];
  highlight?: string;
  expanded: ReadonlySet<string>;
  toggle: (id: string) => void;
  onKey: (event: KeyboardEvent) => void;
  /** The full panel of an outcome, rendered under its row (shown when open). */
  detail: (panel: Panel) => unknown;
}

/** A cell's visible words: its label (shorter in narrow boxes), its second line (wide boxes only). */
function cellWords(cell: Cell) {
  const label = cell.short ? html`<span class="long">${cell.label}</span><span class="short">${cell.short}</span>` : cell.label;
  return html`<span class="ov-word">${label}</span>${cell.extra ? html`<span class="ov-extra">${cell.extra}</span>` : nothing}`;
}

/** The groups' short names before a cell in a narrow row that shows several cells (the wide grid's column heads say them). */
const cellGroups = (cell: Cell) => html`<span class="ov-who">${cell.rows.map((r) => r.arm.shortLabel).join(', ')}</span>`;

export function overviewTemplate(ctx: ChartContext, o: OverviewOptions) {
  const s = ctx.strings.chart;
  const arms = ctx.doc.arms.arms;
  const columns = inlineStyle({ '--_cols': String(arms.length) });
  const row = (panel: Panel) => {
    const id = panel.outcome.id;
    const open = o.expanded.has(id);
    const name = ctx.t(panel.outcome.label);
    const cells = overviewCells(ctx, panel, o.highlight);
    const shown = cells.filter((cell) => !cell.stated);
    // Several cells, or a bar, each take a line of their own with their groups' names.
    const listed = shown.length > 1 || shown.some((cell) => cell.bar);
    return html`<li class="ov-row ${open ? 'open' : ''} ${listed ? 'listed' : ''}" part="overview-row" data-outcome=${id}>
      <button
        type="button"
        class="ov-outcome"
        part="outcome-button"
        aria-label="${name}, ${s.openDetails}"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="ov-detail-${id}"
        @click=${() => o.toggle(id)}
      >
        <svg class="chevron" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <path d=${open ? 'M2 5 L7 10 L12 5' : 'M5 2 L10 7 L5 12'} />
        </svg>
        <span class="ov-name">${name}</span>
      </button>
      <ul class="ov-cells" role="list">
        ${cells.map((cell) => {
          const span = inlineStyle({ '--_span': String(cell.rows.length) });
          const merged = cell.rows.length > 1 && (cell.kind === 'less' || cell.kind === 'more' || cell.kind === 'similar');
          return html`<li
            class="ov-cell kind-${cell.kind} ${cell.highlighted ? 'highlight' : ''} ${merged ? 'merged' : ''} ${cell.stated ? 'stated' : ''}"
            part="overview-cell"
            data-arms=${cell.rows.map((r) => r.arm.id).join(' ')}
            data-sx=${span}
          >
            <span class="visually-hidden">${groupNames(ctx, cell)}: ${cell.words}</span>
            <span class="ov-visible" aria-hidden="true">${listed ? cellGroups(cell) : nothing}${cellMark(cell)}${cellWords(cell)}</span>
          </li>`;
        })}
      </ul>
      <div class="ov-detail ${open ? 'open' : ''}" id="ov-detail-${id}">${o.detail(panel)}</div>
    </li>`;
  };
  // Each group of outcomes with one pattern: its pattern line (narrow boxes only; every cell says
  // the same to screen readers, so the line is hidden from them), then its rows.
  const groups = patternGroups(ctx, o.panels).map(
    (group) => html`${group.parts.length
      ? html`<li class="ov-pattern" aria-hidden="true">${group.parts.map((part, i) => html`${i ? ' · ' : ''}<span>${part}</span>`)}</li>`
      : nothing}${group.panels.map(row)}`,
  );
  return html`<div class="overview" part="overview" data-sx=${columns}>
    <div class="ov-head" aria-hidden="true">
      <span class="ov-corner"></span>
      ${arms.map(
        (arm, i) => html`<span class="ov-arm ${arm.id === o.highlight ? 'highlight' : ''}">${shape(i)}<span class="long">${ctx.t(arm.label)}</span><span class="short">${arm.shortLabel}</span></span>`,
      )}
    </div>
    <ul class="ov-rows" role="list" aria-label=${s.overviewLabel} @keydown=${o.onKey}>
      ${groups}
    </ul>
  </div>`;
}
