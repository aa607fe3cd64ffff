import { css } from 'lit';

export const styles = css`
  .stepper {
    container-type: inline-size;
    /* Picture colours: each pair has ≥ 3:1 strokes against the surface in its scheme. */
    --_tumour: light-dark(#9c3419, #ff9e82);
    --_tumour-fill: light-dark(#fde4da, #4a2620);
    --_fibro: light-dark(#5b3c99, #cbb5f4);
    --_fibro-fill: light-dark(#efe8f8, #362b4f);
    --_collagen: light-dark(#8a5a12, #e2ba74);
    --_vessel: light-dark(#a51d36, #ff8da0);
    --_vessel-fill: light-dark(#fbe7ea, #3b1820);
    --_rbc: light-dark(#c43d54, #d95f74);
    --_oxygen: light-dark(#0a6a86, #80d5ef);
    --_tcell: light-dark(#1d6a38, #90e1a9);
    --_tcell-fill: light-dark(#e0f3e6, #1c4128);
    --_signal: light-dark(#a55400, #ffb366);
    --_drug: light-dark(#b0125b, #ff8cc6);
    --_blocker: light-dark(#5c4a00, #ffd84d);
  }

  .heading {
    margin-block-end: 0.375em;
  }

  /* The last line of the widget: no margin under it. */
  .source {
    margin-block-end: 0;
  }

  .intro {
    max-inline-size: 65ch;
  }

  /*
   * Step picker: numbered buttons, the current one filled and ringed. Previous and Next are the
   * 44 px targets; these are 36 px (the checklist's floor is 24) and narrow to 32 before they wrap,
   * so eight fit one row down to 320 px.
   */
  .picker {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    list-style: none;
    margin: 0 0 calc(var(--_space) * 0.5);
    padding: 0;
  }

  .picker li {
    flex: 1 1 max(2rem, 32px);
    max-inline-size: max(2.25rem, 36px);
  }

  button {
    min-inline-size: max(2.75rem, 44px);
    padding: 0.4rem 0.9rem;
    border: 2px solid var(--_border);
    color: var(--_text);
    line-height: 1.2;
  }

  button:hover {
    border-color: var(--_accent);
  }

  .picker button {
    min-inline-size: 0;
    min-block-size: max(2.25rem, 36px);
    inline-size: 100%;
    padding: 0;
    border-radius: 999px;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .picker button.done {
    border-color: var(--_accent);
  }

  .picker button[aria-current='step'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
    font-weight: 700;
    box-shadow: 0 0 0 2px var(--_surface), 0 0 0 4px var(--_accent);
  }

  .layout {
    display: grid;
    gap: calc(var(--_space) * 0.5) var(--_space);
    align-items: start;
  }

  @container (min-width: 40rem) {
    .one .layout.with-picture {
      grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr);
    }
  }

  figure {
    margin: 0;
  }

  .picture,
  .mini {
    border-radius: var(--_radius);
    background: var(--_subtle);
    padding: 0.25rem;
  }

  .scene {
    display: block;
    inline-size: 100%;
    max-inline-size: 28rem;
    block-size: auto;
    margin-inline: auto;
    overflow: visible;
  }

  .mini {
    max-inline-size: 28rem;
    margin-block-end: var(--_space);
  }

  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /*
   * One step at a time: every step sits in the same grid cell, the others hidden but still laid
   * out, so the tallest sets the height at any width, font size and language, and changing step
   * moves nothing below. (\`hidden\` keeps its meaning; visibility takes them out of the
   * accessibility tree, and the static layout can still reveal them.)
   */
  .one .steps {
    display: grid;
  }

  .one .step {
    grid-area: 1 / 1;
  }

  .one .step[hidden] {
    display: grid;
    visibility: hidden;
  }

  /* The "In mice" mark shares the count's line (row 1, its own column): no line of its own. */
  .step {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: 0.5rem;
    align-content: start;
  }

  .step > * {
    grid-column: 1 / -1;
  }

  .step > .step-heading {
    grid-row: 1;
  }

  .step > .mice {
    grid-row: 1;
    grid-column: 2;
    align-self: start;
  }

  .step > :last-child {
    margin-block-end: 0;
  }

  .all .step + .step {
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
    margin-block-start: var(--_space);
  }

  .step-heading {
    position: relative;
    font-size: 1.125em;
    margin-block-end: 0.25em;
  }

  /* One line as tall as the mark beside it. */
  .count {
    display: block;
    font-size: 0.875em;
    line-height: 1.375rem;
    font-weight: 700;
    letter-spacing: 0.02em;
    color: var(--_muted);
  }

  .body {
    max-inline-size: 65ch;
    line-height: 1.45;
  }

  .colon {
    color: transparent;
  }

  .mice {
    margin: 0;
    font-size: 0.875em;
    line-height: calc(1.375rem - 4px);
    font-weight: 700;
    padding-inline: 0.6em;
    border: 2px solid currentColor;
    border-radius: 999px;
  }

  /* Previous, Next and the toggle share one row down to a phone's width (the toggle wraps below that). */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: calc(var(--_space) * 0.5);
  }

  .nav {
    display: flex;
    flex: 1 1 auto;
    gap: 0.5rem;
  }

  .controls button {
    flex: 1 1 auto;
    padding-inline: 0.5rem;
  }

  /* With room to spare, buttons keep their own width: Previous and Next together, the toggle at the end. */
  @container (min-width: 40rem) {
    .nav {
      flex-grow: 0;
    }
    .controls button {
      flex-grow: 0;
      padding-inline: 0.9rem;
    }
    .toggle {
      margin-inline-start: auto;
    }
  }

  .nav[hidden],
  .picker[hidden],
  .picture[hidden] {
    display: none;
  }

  .next {
    display: inline-grid;
    place-items: center;
    align-content: center;
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }

  /* Next's two labels in one cell: it is as wide as the longer on every step. */
  .face {
    grid-area: 1 / 1;
  }

  .face[hidden] {
    display: block;
    visibility: hidden;
  }

  button[aria-disabled='true'] {
    cursor: not-allowed;
    border-style: dashed;
    color: var(--_muted);
  }

  button[aria-disabled='true']:hover {
    border-color: var(--_border);
  }

  .toggle {
    background: transparent;
  }

  /* ---- The picture ---- */
  .scene text {
    font-family: inherit;
  }

  .label {
    font-size: 14px;
    font-weight: 600;
    fill: var(--_text);
  }

  .label.focus {
    font-weight: 800;
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }

  .leader {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.25;
  }

  .actor .body,
  .molecule,
  .gauge {
    stroke-width: 2;
  }

  .actor.focus .body,
  .actor.focus .molecule,
  .actor.focus .receptor,
  .actor.focus .fibre,
  .actor.focus .gauge,
  .actor.focus .wall {
    stroke-width: 3.5;
  }

  .actor.more .body {
    stroke-width: 3;
  }

  .actor.less:not(.vessel, .tissue, .signal, .meter) {
    opacity: 0.6;
  }

  .round .body {
    fill: var(--_tumour-fill);
    stroke: var(--_tumour);
  }

  .round .nucleus {
    fill: var(--_tumour);
  }

  .spindle .body,
  .organ .body {
    fill: var(--_fibro-fill);
    stroke: var(--_fibro);
  }

  .spindle .nucleus {
    fill: var(--_fibro);
  }

  .marked .body {
    fill: var(--_tcell-fill);
    stroke: var(--_tcell);
  }

  .mark {
    font-size: 13px;
    font-weight: 800;
    text-anchor: middle;
    fill: var(--_tcell);
  }

  .mark.small {
    font-size: 8px;
    fill: var(--_oxygen);
  }

  .fibre {
    fill: none;
    stroke: var(--_collagen);
    stroke-width: 2;
    stroke-linecap: round;
  }

  .tissue.more .fibre {
    stroke-width: 3;
  }

  .lumen {
    fill: var(--_vessel-fill);
  }

  .rbc {
    fill: var(--_rbc);
  }

  .wall {
    fill: none;
    stroke: var(--_vessel);
    stroke-width: 3;
  }

  .molecule {
    fill: var(--_surface);
    stroke: var(--_oxygen);
  }

  .dot {
    fill: var(--_signal);
  }

  .receptor {
    fill: none;
    stroke: var(--_fibro);
    stroke-width: 2.5;
    stroke-linecap: round;
  }

  .cap {
    stroke: var(--_drug);
    stroke-width: 3;
    stroke-linecap: round;
  }

  .drug {
    fill: var(--_drug);
    stroke: var(--_surface);
    stroke-width: 1;
  }

  .bar .drug,
  .blocker {
    fill: var(--_blocker);
  }

  .gauge {
    fill: var(--_surface);
    stroke: var(--_text);
  }

  .level {
    fill: var(--_vessel);
  }

  .arrow {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2.5;
    stroke-linecap: round;
  }

  /* Actors a step adds fade in; state changes are not animated. Only the live picture moves. */
  @media (prefers-reduced-motion: no-preference) {
    .motion .actor,
    .motion .callout {
      animation: enter 300ms ease-out;
    }
  }

  @keyframes enter {
    from {
      opacity: 0;
    }
  }

  @media (forced-colors: active) {
    .picker button[aria-current='step'] {
      border-width: 4px;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .scene * {
      stroke: CanvasText;
    }
    .scene .label,
    .scene .mark {
      fill: CanvasText;
      stroke: none;
    }
    .actor .body,
    .lumen,
    .molecule,
    .gauge {
      fill: Canvas;
    }
    .scene .nucleus,
    .scene .rbc,
    .scene .dot,
    .scene .blocker,
    .scene .level,
    .scene .bar .drug {
      fill: CanvasText;
      stroke: none;
    }
    .drug {
      fill: Highlight;
      stroke: Canvas;
    }
    .picture,
    .mini {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .picker,
    .controls {
      display: none;
    }
    .layout {
      display: block;
    }
    .one .steps {
      display: block;
    }
    .one .step[hidden] {
      visibility: visible;
      margin-block-start: var(--_space);
    }
    .step,
    .picture {
      break-inside: avoid;
    }
    .picture {
      max-inline-size: 24rem;
      margin-block-end: var(--_space);
    }
  }
`;
