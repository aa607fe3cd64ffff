import { css } from 'lit';

export const styles = css`
  .root {
    --_ink: var(--se-chart-ink-color, light-dark(#3d4752, #c3ccd6));
    --_hl: var(--_accent);
    --_grid: var(--_border);
  }

  .figure {
    margin: 0;
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

  .controls button {
    min-inline-size: max(2.75rem, 44px);
    padding: 0.5em;
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

  /* Overview (view="chart"): outcomes × groups. Every row is its own grid on the same
     columns, so a row's open panel can take the full width under it. */
  .overview {
    container-type: inline-size;
    font-size: 0.875em;
  }

  .ov-head,
  .ov-row {
    display: grid;
    grid-template-columns: minmax(9rem, 1.6fr) repeat(var(--_cols, 4), minmax(0, 1fr));
    column-gap: 0.35rem;
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
    min-inline-size: 0;
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: break-word;
    hyphens: auto;
  }

  .overview .short {
    display: none;
  }

  .ov-arm.highlight {
    color: var(--_hl);
  }

  .ov-rows,
  .ov-cells {
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

  /* A word wider than its column (very narrow boxes, wide fonts) wraps rather than overlap the next. */
  .ov-cell {
    min-inline-size: 0;
    padding-block: 0.2rem;
    line-height: 1.2;
    overflow-wrap: break-word;
    hyphens: auto;
  }

  .ov-cell:not(.kind-less, .kind-more, .kind-similar, .kind-bar) {
    color: var(--_muted);
  }

  .ov-cell:not(.kind-less, .kind-more, .kind-similar, .kind-bar) .ov-word {
    font-weight: 400;
  }

  .ov-cell.kind-reference,
  .ov-cell.kind-not-reported,
  .ov-cell.kind-absent {
    padding-inline: 0.35em;
    background: var(--_subtle);
    border-radius: var(--_radius);
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

  .ov-visible > *,
  .ov-arm > span {
    min-inline-size: 0;
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

  .ov-detail {
    grid-column: 1 / -1;
    padding-block: 0.25rem 0.75rem;
    font-size: calc(1em / 0.875);
  }

  /* Narrow boxes: the outcome's name on its own line above the group cells. */
  @container (max-width: 36rem) {
    .ov-head,
    .ov-row {
      grid-template-columns: repeat(var(--_cols, 4), minmax(0, 1fr));
    }
    .ov-corner {
      display: none;
    }
    /* A full-width target: 2rem tall is well over 24 px. */
    .ov-outcome {
      grid-column: 1 / -1;
      min-block-size: 2rem;
      padding-block: 0;
    }
    .ov-cells {
      grid-column: 1 / -1;
      padding-block-end: 0.3rem;
    }
    .ov-cell {
      padding-block: 0;
    }
    .overview .long {
      display: none;
    }
    .overview .short {
      display: inline;
    }
    .ov-head,
    .ov-row {
      column-gap: 0.2rem;
    }
    .ov-cell.kind-reference,
    .ov-cell.kind-not-reported,
    .ov-cell.kind-absent {
      padding-inline: 0.25em;
    }
    .ov-arm {
      font-weight: 400;
    }
    .ov-arm .shape,
    .ov-cell .direction-mark.reference {
      display: none;
    }
  }

  .table-wrap {
    max-inline-size: 100%;
    overflow-x: auto;
    container-type: inline-size;
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.875em;
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
    padding: 0.4em 0.5em;
    border-block-end: 1px solid var(--_border);
    overflow-wrap: normal;
    hyphens: manual;
  }

  /* Below about 40rem the table reflows into one card per row: every cell on its own line
     with its column's name, so no column is hidden and no word is broken. */
  @container (max-width: 40rem) {
    table,
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
      display: grid;
      /* A column name longer than 7.5em (one long word) widens its label instead of running into the value. */
      grid-template-columns: minmax(min-content, 7.5em) minmax(0, 1fr);
      column-gap: 0.5em;
      padding-inline: 0;
      border-block-end: 1px solid var(--_subtle);
    }
    tbody td:last-child {
      border-block-end: 0;
    }
    tbody th::before,
    tbody td::before {
      content: attr(data-label);
      content: attr(data-label) / '';
      font-weight: 700;
      color: var(--_muted);
    }
    tr.highlight th {
      box-shadow: none;
    }
    tr.highlight {
      box-shadow: inset 4px 0 0 var(--_hl);
    }
  }

  thead th {
    border-block-end-width: 2px;
  }

  tr.highlight {
    background: var(--_subtle);
  }

  tr.highlight th {
    box-shadow: inset 4px 0 0 var(--_hl);
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
