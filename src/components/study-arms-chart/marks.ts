import { html, nothing, svg } from 'lit';
import { inlineStyle } from '../../base/inline-style.js';
import type { Mark, Panel, Row, Scale } from './facts.js';

/**
 * The drawn parts of the chart. Each arm has a fill pattern (bars) and a shape (labels, key),
 * so groups differ by more than colour. Bars and direction marks are labelled images
 * (`role="img"`, named "arm: value" or "arm: direction"), as the accessibility notes ask; the
 * pattern definitions and the small shapes and swatches beside the arm names repeat those
 * words and stay `aria-hidden`.
 */

const PATTERNS = 4;

/** Pattern definitions, once per shadow root; `h` variants are drawn in the highlight colour. */
export function patternDefs() {
  const one = (i: number, hl: boolean) => {
    const id = `se-p${i}${hl ? 'h' : ''}`;
    const cls = hl ? 'ink hl' : 'ink';
    switch (i) {
      case 0:
        return svg`<pattern id=${id} class=${cls} patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" /></pattern>`;
      case 1:
        return svg`<pattern id=${id} class=${cls} patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)"><rect width="3" height="7" /></pattern>`;
      case 2:
        return svg`<pattern id=${id} class=${cls} patternUnits="userSpaceOnUse" width="7" height="7"><circle cx="3.5" cy="3.5" r="2.2" /></pattern>`;
      default:
        return svg`<pattern id=${id} class=${cls} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="2.5" height="8" /><rect width="8" height="2.5" /></pattern>`;
    }
  };
  const all = [];
  for (let i = 0; i < PATTERNS; i += 1) all.push(one(i, false), one(i, true));
  return html`<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>${all}</defs></svg>`;
}

/** A small shape per arm: circle, square, triangle, diamond (then again, hollow). */
export function shape(index: number) {
  const filled = index < 4;
  const cls = filled ? 'shape-mark' : 'shape-mark hollow';
  let mark;
  switch (index % 4) {
    case 0:
      mark = svg`<circle class=${cls} cx="8" cy="8" r="6" />`;
      break;
    case 1:
      mark = svg`<rect class=${cls} x="2.5" y="2.5" width="11" height="11" />`;
      break;
    case 2:
      mark = svg`<path class=${cls} d="M8 1.5 L14.5 14 L1.5 14 Z" />`;
      break;
    default:
      mark = svg`<path class=${cls} d="M8 1 L15 8 L8 15 L1 8 Z" />`;
  }
  return html`<svg class="shape" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${mark}</svg>`;
}

/** A swatch of the arm's bar pattern, for the key. */
export function swatch(index: number) {
  return html`<svg class="swatch" width="28" height="16" aria-hidden="true" focusable="false">
    <rect class="bar" x="1" y="1" width="26" height="14" fill="url(#se-p${index % PATTERNS})" />
  </svg>`;
}

const pos = (scale: Scale, v: number) => `${(((v - scale.lo) / (scale.hi - scale.lo || 1)) * 100).toFixed(3)}%`;

/** An interval as a line with end caps, over a halo so it shows on a solid bar too. */
function intervalMark(scale: Scale, [low, high]: [number, number]) {
  const lines = svg`<line x1=${pos(scale, low)} x2=${pos(scale, high)} y1="14" y2="14" />
    <line x1=${pos(scale, low)} x2=${pos(scale, low)} y1="7" y2="21" />
    <line x1=${pos(scale, high)} x2=${pos(scale, high)} y1="7" y2="21" />`;
  return svg`<g class="interval" part="interval"><g class="halo">${lines}</g><g>${lines}</g></g>`;
}

/** The bar track of one row: gridlines at the ticks, a bar from zero, an interval if given. */
function track(scale: Scale, mark: Extract<Mark, { type: 'bar' }>, index: number, highlighted: boolean, label: string) {
  const from = Math.min(0, mark.value);
  const to = Math.max(0, mark.value);
  const width = (((to - from) / (scale.hi - scale.lo || 1)) * 100).toFixed(3);
  const fill = `url(#se-p${index % PATTERNS}${highlighted ? 'h' : ''})`;
  const iv = mark.interval;
  return html`<svg class="track" width="100%" height="28" role="img" aria-label=${label} focusable="false">
    ${scale.ticks.map((t) => svg`<line class="grid" x1=${pos(scale, t)} x2=${pos(scale, t)} y1="0" y2="28" />`)}
    <rect class="bar" part="bar" x=${pos(scale, from)} y="5" width="${width}%" height="18" fill=${fill} data-value=${mark.value} />
    ${iv ? intervalMark(scale, iv) : nothing}
    <line class="zero" x1=${pos(scale, 0)} x2=${pos(scale, 0)} y1="0" y2="28" />
  </svg>`;
}

/** An arrow up (more), down (less), an equals sign (similar) or a ring (the reference). */
/** With a label it is an image of its own (panels); without, it sits beside the same words (overview). */
export function directionMark(kind: 'less' | 'more' | 'similar' | 'reference', label?: string, size = 24) {
  const paths = {
    more: 'M12 3 L20 12 L15 12 L15 21 L9 21 L9 12 L4 12 Z',
    less: 'M12 21 L20 12 L15 12 L15 3 L9 3 L9 12 L4 12 Z',
    similar: 'M4 8 H20 V11 H4 Z M4 14 H20 V17 H4 Z',
    reference: 'M12 3 A9 9 0 1 1 11.99 3 Z M12 7 A5 5 0 1 0 12.01 7 Z',
  };
  return html`<svg class="direction-mark ${kind}" part="direction" width=${size} height=${size} viewBox="0 0 24 24" role=${label ? 'img' : nothing} aria-label=${label ?? nothing} aria-hidden=${label ? nothing : 'true'} focusable="false">
    <path fill-rule="evenodd" d=${paths[kind]} />
  </svg>`;
}

function rowTemplate(panel: Panel, row: Row, highlight: string | undefined) {
  const highlighted = row.arm.id === highlight;
  const { mark } = row;
  const kind = mark.type === 'direction' ? mark.relation : mark.type;
  return html`<li class="row mark-${mark.type} ${highlighted ? 'highlight' : ''}" part="row${highlighted ? ' highlight' : ''}" data-arm=${row.arm.id}>
    <p class="row-label">
      ${shape(row.index)}<span class="arm" part="arm-label">${row.arm.shortLabel}</span>${row.value
        ? html`<span class="value" part="value">${row.value}</span>`
        : nothing}
    </p>
    ${mark.type === 'bar' && panel.scale ? track(panel.scale, mark, row.index, highlighted, `${row.arm.shortLabel}: ${row.value}`) : nothing}
    ${row.words
      ? html`<p class="words ${mark.type === 'none' ? 'not-reported' : ''}">
          ${mark.type === 'direction' || mark.type === 'reference' ? directionMark(kind as 'less', `${row.arm.shortLabel}: ${row.words}`) : nothing}<span>${row.words}</span>
        </p>`
      : nothing}
    ${row.note ? html`<p class="note">${row.note}</p>` : nothing}
  </li>`;
}

/** The tick labels and title under a panel's bars. Labels sit at their tick, kept inside the box (set through the CSSOM, allowed under a strict CSP). */
function axis(scale: Scale) {
  return html`<div class="axis" part="axis">
    <div class="ticks" aria-hidden="true">
      ${scale.ticks.map((t) => {
        const at = pos(scale, t);
        return html`<span class="tick" data-sx=${inlineStyle({ 'inset-inline-start': at, transform: `translateX(-${at})` })}>${scale.tickLabel(t)}</span>`;
      })}
    </div>
    <p class="axis-title">${scale.title}</p>
  </div>`;
}

/** One small multiple: the outcome's heading, its takeaway, a row per arm, its axis. */
export function panelTemplate(panel: Panel, headingTemplate: unknown, summary: string, directionOnly: string, highlight?: string) {
  return html`<li class="panel" part="panel" data-outcome=${panel.outcome.id}>
    ${headingTemplate} ${summary ? html`<p class="panel-summary">${summary}</p>` : nothing}
    <ul class="rows" role="list">
      ${panel.rows.map((row) => rowTemplate(panel, row, highlight))}
    </ul>
    ${panel.scale ? axis(panel.scale) : nothing}
    ${panel.directionOnly ? html`<p class="panel-note">${directionOnly}</p>` : nothing}
  </li>`;
}
