import { css } from 'lit';
import { withoutScript } from '../../base/static-layout.js';

export const styles = css`
  .root {
    --_ink: var(--se-chart-ink-color, light-dark(#3d4752, #c3ccd6));
    --_hl: var(--_accent);
    --_grid: var(--_border);
  }

  /* The chart's own width decides its layouts (container queries), whatever the page's width. */
  .figure {
    margin: 0;
    container: chart / inline-size;
  }

  .caption {
    margin-block-end: var(--_space);
    line-height: 1.4;
  }

  .caption p {
    margin-block-end: 0.5em;
  }

  .summary {
    font-weight: 600;
  }

  .how,
  .design {
    font-size: 0.875em;
  }

  .how {
    color: var(--_muted);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-block-end: var(--_space);
  }

  /* Two short buttons share a row on a phone. */
  .controls button {
    min-inline-size: max(2.75rem, 44px);
    padding: 0.5em 0.6em;
    font-size: 0.875em;
    border: 2px solid var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }

  .controls .toggle {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .controls button:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .defs {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
  }

  .ink {
    fill: var(--_ink);
    color: var(--_ink);
  }

  .ink.hl {
    fill: var(--_hl);
  }

  svg {
    flex: none;
    overflow: visible;
  }

  .shape-mark {
    fill: var(--_ink);
    stroke: var(--_ink);
    stroke-width: 1.5;
  }

  .shape-mark.hollow {
    fill: none;
  }

  .highlight .shape-mark {
    fill: var(--_hl);
    stroke: var(--_hl);
  }

  .key {
    font-size: 0.875em;
    margin-block-end: var(--_space);
  }

  .key-title {
    font-weight: 700;
    margin: 0 0 0.25em;
  }

  .key ul,
  .panels,
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .key li {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    margin-block-end: 0.25em;
  }

  .key svg {
    align-self: center;
  }

  .key li.highlight strong {
    color: var(--_hl);
  }

  .bar {
    stroke: var(--_ink);
    stroke-width: 2;
  }

  .highlight .bar {
    stroke: var(--_hl);
  }

  .panels {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr));
  }

  .panel {
    min-inline-size: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    background: var(--_surface);
  }

  .panel-heading {
    font-size: 1.05em;
    margin-block-end: 0.25em;
  }

  .panel-summary,
  .panel-note,
  .note {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .panel-note {
    margin: 0.5em 0 0;
    font-style: italic;
  }

  .row {
    padding-block: 0.4rem;
    border-block-start: 1px solid var(--_subtle);
  }

  .row:first-child {
    border-block-start: 0;
  }

  .row p {
    margin: 0;
  }

  .row-label {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.4em;
  }

  .arm {
    font-weight: 600;
  }

  .value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .value::before {
    content: '·';
    margin-inline-end: 0.4em;
    font-weight: 400;
    color: var(--_muted);
  }

  .highlight .arm,
  .highlight .value {
    color: var(--_hl);
  }

  .highlight {
    font-weight: 700;
  }

  .row.highlight {
    background: var(--_subtle);
    box-shadow: 0 0 0 0.35rem var(--_subtle);
  }

  .track {
    display: block;
    inline-size: 100%;
    block-size: 28px;
    margin-block: 0.2rem;
  }

  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }

  .zero {
    stroke: var(--_text);
    stroke-width: 2;
  }

  .interval line {
    stroke: var(--_text);
    stroke-width: 2;
  }

  .interval .halo line {
    stroke: var(--_surface);
    stroke-width: 6;
  }

  .words {
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-size: 0.875em;
    margin-block-start: 0.15em;
  }

  .words.not-reported {
    color: var(--_muted);
    font-style: italic;
  }

  .direction-mark {
    fill: var(--_ink);
  }

  .highlight .direction-mark {
    fill: var(--_hl);
  }

  .axis {
    margin-block-start: 0.25rem;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .ticks {
    position: relative;
    block-size: 1.5em;
    border-block-start: 1px solid var(--_grid);
  }

  .tick {
    position: absolute;
    inset-block-start: 0.1em;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }

  .axis-title {
    margin: 0.1em 0 0;
    font-weight: 600;
  }

  /* Overview (view="chart"): outcomes × groups, one grid. Head, rows and each row's cells are
     subgrids of it, so every column is at least as wide as its longest word (a narrow box wraps
     between words, never inside one), and an open panel takes the full width under its row. */
  .overview {
    display: grid;
    grid-template-columns: minmax(9rem, 1.6fr) repeat(var(--_cols, 4), minmax(min-content, 1fr));
    column-gap: 0.35rem;
    font-size: 0.875em;
  }

  /* Each subgrid first gets the overview's own columns: a browser without subgrid (Chrome before
     117, Safari before 16) keeps them, so heads still sit over their cells. */
  .ov-head,
  .ov-rows,
  .ov-row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: minmax(9rem, 1.6fr) repeat(var(--_cols, 4), minmax(min-content, 1fr));
    grid-template-columns: subgrid;
  }

  .ov-head {
    align-items: end;
    padding-block-end: 0.25rem;
    border-block-end: 2px solid var(--_border);
  }

  .ov-arm {
    display: flex;
    align-items: flex-start;
    gap: 0.3em;
    font-weight: 700;
    line-height: 1.25;
  }

  .overview .short {
    display: none;
  }

  .ov-arm.highlight {
    color: var(--_hl);
  }

  .ov-rows,
  .ov-cells,
  .ov-notes {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .ov-row {
    border-block-end: 1px solid var(--_border);
    align-items: center;
  }

  .ov-cells {
    display: grid;
    grid-column: 2 / -1;
    grid-template-columns: repeat(var(--_cols, 4), minmax(min-content, 1fr));
    grid-template-columns: subgrid;
  }

  .ov-outcome {
    display: flex;
    align-items: center;
    gap: 0.35em;
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.2em 0.25em;
    border: 0;
    background: none;
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    text-align: start;
    line-height: 1.25;
  }

  .ov-outcome:hover > span {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .chevron {
    flex: none;
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }

  /* The columns a cell spans: its neighbours that say the same (--_span, set per cell). */
  .ov-cell {
    grid-column: span var(--_span, 1);
    padding-block: 0.2rem;
    line-height: 1.2;
  }

  .ov-cell:not(.kind-less, .kind-more, .kind-similar, .kind-bar) {
    color: var(--_muted);
  }

  .ov-cell:not(.kind-less, .kind-more, .kind-similar, .kind-bar) .ov-word {
    font-weight: 400;
  }

  .ov-cell.kind-reference,
  .ov-cell.kind-not-reported,
  .ov-cell.kind-absent,
  .ov-cell.merged {
    align-self: stretch;
    display: flex;
    align-items: center;
    padding-inline: 0.35em;
    background: var(--_subtle);
    border-radius: var(--_radius);
  }

  /* One result shared by neighbouring groups: a box across its columns, so they do not read as empty. */
  .ov-cell.merged {
    background: none;
    border: 1px solid var(--_ink);
    justify-content: center;
  }

  .ov-visible {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.1em 0.3em;
  }

  .ov-word {
    font-weight: 600;
  }

  .ov-extra {
    flex-basis: 100%;
    font-size: 1em;
    color: var(--_muted);
  }

  .ov-bar {
    display: block;
    flex-basis: 100%;
    block-size: 16px;
  }

  .ov-cell.highlight .ov-word {
    color: var(--_hl);
  }

  /* Every panel is in the page; a closed one takes no room (not display: none, so the static
     layout's timed switch can show it). */
  .ov-detail {
    grid-column: 1 / -1;
    contain: inline-size;
    padding-block: 0.25rem 0.75rem;
    font-size: calc(1em / 0.875);
  }

  .ov-detail:not(.open) {
    visibility: hidden;
    block-size: 0;
    overflow: hidden;
    padding-block: 0;
  }

  /* The pattern line of a group of outcomes, and the groups' names before a row's cells: narrow boxes only. */
  .ov-pattern,
  .ov-who {
    display: none;
  }

  /* Narrow boxes: no columns. Each group of outcomes with one pattern under a line that states
     it; each row its outcome's name, then only what differs from row to row: a direction beside
     the name, or bars (and several cells) a line each, with their groups' names. */
  @container chart (max-width: 36rem) {
    .overview,
    .ov-rows {
      display: block;
    }
    .ov-head,
    .ov-extra,
    .overview .long {
      display: none;
    }
    .overview .short {
      display: revert;
    }
    .ov-pattern {
      display: block;
      padding-block: 0.35rem 0.1rem;
      border-block-end: 2px solid var(--_border);
      color: var(--_muted);
      font-weight: 600;
      line-height: 1.25;
    }
    .ov-row {
      position: relative;
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: 0.5rem;
      align-items: center;
    }
    /* At least 24 px tall; full width when the row's cells take lines of their own. Regular
       weight under the bold pattern line, and fewer lines. */
    .ov-outcome {
      min-block-size: 24px;
      padding-block: 0.05em;
      font-weight: 400;
      line-height: 1.2;
    }
    .ov-row.listed .ov-outcome {
      grid-column: 1 / -1;
    }
    /* Cells the pattern line states stay for screen readers only (their words are visually hidden already). */
    .ov-cell.stated .ov-visible {
      display: none;
    }
    .ov-cell.stated {
      position: absolute;
      inset: 0 auto auto 0;
      inline-size: 1px;
      block-size: 1px;
      padding: 0;
      border: 0;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .ov-cells {
      display: flex;
    }
    .ov-row.listed .ov-cells {
      grid-column: 1 / -1;
      display: grid;
      grid-template-columns: fit-content(45%) minmax(3rem, 1fr) max-content;
      column-gap: 0.4rem;
      padding-block-end: 0.3rem;
    }
    .ov-row.listed .ov-cell:not(.stated),
    .ov-row.listed .ov-cell:not(.stated) .ov-visible {
      display: grid;
      grid-column: 1 / -1;
      grid-template-columns: fit-content(45%) minmax(3rem, 1fr) max-content;
      grid-template-columns: subgrid;
      align-items: center;
    }
    .ov-row.listed .ov-cell.merged {
      padding: 0.1em 0.25em;
    }
    .ov-who {
      display: block;
      white-space: normal;
    }
    .ov-visible {
      flex-wrap: nowrap;
      white-space: nowrap;
    }
    .ov-cell .direction-mark {
      inline-size: 16px;
      block-size: 16px;
    }
  }

  .table-wrap {
    max-inline-size: 100%;
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.875em;
    line-height: 1.3;
  }

  thead th {
    font-weight: 600;
  }

  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.5em;
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.3em 0.35em;
    border-block-end: 1px solid var(--_border);
  }

  thead th {
    border-block-end-width: 2px;
  }

  tbody th {
    font-weight: 600;
  }

  .fact {
    display: block;
  }

  .fact + .fact {
    margin-block-start: 0.15em;
  }

  .fact-name {
    color: var(--_muted);
  }

  .highlight.highlight {
    background: var(--_subtle);
  }

  thead th.highlight {
    box-shadow: inset 0 4px 0 var(--_hl);
  }

  /* Narrower than the table needs: one card per outcome, its name as the title and a line per
     group (the group's name, then its facts). */
  @container chart (max-width: 30rem) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tbody tr {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-block-end: 0.5rem;
      padding: 0.25rem 0.5rem;
    }
    tbody th,
    tbody td {
      padding-inline: 0;
      padding-block: 0.25em;
      border-block-end: 1px solid var(--_subtle);
    }
    tbody td:last-child {
      border-block-end: 0;
    }
    tbody td::before {
      display: block;
      content: attr(data-label);
      content: attr(data-label) / '';
      font-weight: 700;
    }
    tbody td.highlight {
      box-shadow: inset 4px 0 0 var(--_hl);
      padding-inline-start: 0.5em;
    }
  }

  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }
    .root {
      --_ink: CanvasText;
      --_hl: Highlight;
      --_grid: GrayText;
      --_text: CanvasText;
      --_surface: Canvas;
    }
    .row.highlight {
      outline: 2px solid Highlight;
      outline-offset: 0.2rem;
    }
    /* Borderless by design; with system colours a button needs its outline to read as one. */
    .ov-outcome {
      border: 1px solid ButtonText;
    }
  }

  @media print {
    .controls {
      display: none;
    }
    .root {
      --_ink: #000;
      --_hl: #000;
      --_grid: #666;
      --_text: #000;
      --_muted: #333;
    }
    .panels {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .panel,
    tr {
      break-inside: avoid;
    }
  }
`;

/**
 * Pre-rendered without script (static-layout.ts): every outcome's panel under its row, the
 * outcome names as plain text (the buttons that would open panels, hidden, keep their words
 * shown), no view toggle or CSV download.
 */
export const staticStyles = withoutScript({
  '.controls': 'display: none',
  '.ov-outcome': 'visibility: hidden',
  '.ov-name': 'visibility: visible',
  '.ov-detail:not(.open)': 'visibility: visible; block-size: auto; overflow: visible; padding-block: 0.25rem 0.75rem',
});
