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

  .intro {
    max-inline-size: 65ch;
  }

  /* Step picker: numbered buttons, the current one filled and underlined. */
  .picker {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    list-style: none;
    margin: 0 0 calc(var(--_space) * 0.75);
    padding: 0;
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
    gap: var(--_space);
    align-items: start;
  }

  @container (min-width: 40rem) {
    .one .layout {
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
    padding: 0.5rem;
  }

  .scene {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }

  .mini {
    max-inline-size: 28rem;
    margin-block-end: var(--_space);
  }

  /* All steps share one grid cell, so the box keeps the height of the longest step. */
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .one .steps {
    display: grid;
  }

  .one .step {
    grid-area: 1 / 1;
  }

  .one .step[hidden] {
    display: block;
    visibility: hidden;
  }

  .all .step + .step {
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
    margin-block-start: var(--_space);
  }

  .step-heading {
    position: relative;
    font-size: 1.25em;
  }

  .count {
    display: block;
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.02em;
    color: var(--_muted);
    margin-block-end: 0.2em;
  }

  .body {
    max-inline-size: 65ch;
  }

  .mice {
    display: inline-block;
    font-size: 0.875em;
    font-weight: 700;
    padding: 0.1em 0.6em;
    border: 2px solid currentColor;
    border-radius: 999px;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem var(--_space);
    margin-block: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .nav[hidden],
  .picker[hidden],
  .picture[hidden] {
    display: none;
  }

  .progress {
    margin: 0;
    padding-inline: 0.25rem;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .next {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
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
    stroke: var(--_subtle);
    stroke-width: 4px;
    stroke-linejoin: round;
    paint-order: stroke;
  }

  .label.small {
    font-size: 12.5px;
  }

  .label.focus {
    font-weight: 800;
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }

  .t-cell + .t-letter,
  .mover .label {
    text-anchor: middle;
  }

  .leader {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.25;
  }

  .off {
    opacity: 0;
  }

  .fibre {
    fill: none;
    stroke: var(--_collagen);
    stroke-width: 3;
    stroke-linecap: round;
  }

  .collagen.thin .fibre {
    stroke-width: 1.5;
  }

  .collagen.thin .fibre:not(.keep) {
    opacity: 0;
  }

  .tumour-cell {
    fill: var(--_tumour-fill);
    stroke: var(--_tumour);
    stroke-width: 2;
  }

  .tumour .nucleus {
    fill: var(--_tumour);
  }

  .spindle {
    fill: var(--_fibro-fill);
    stroke: var(--_fibro);
    stroke-width: 2;
  }

  .fibroblast .nucleus,
  .zoom-cell .nucleus {
    fill: var(--_fibro);
  }

  .grow {
    transform-box: fill-box;
    transform-origin: center;
  }

  .fibroblast.active .grow {
    transform: scale(1.25);
  }

  .fibroblast.active .spindle {
    stroke-width: 3;
  }

  .fibroblast.extra:not(.active) {
    opacity: 0;
  }

  .receptor {
    fill: none;
    stroke: var(--_fibro);
    stroke-width: 2;
    stroke-linecap: round;
  }

  .receptor.big {
    stroke-width: 3;
  }

  .drug-mark {
    fill: var(--_drug);
    stroke: var(--_surface);
    stroke-width: 1;
  }

  .signal-dot {
    fill: var(--_signal);
  }

  .lumen {
    fill: var(--_vessel-fill);
  }

  .rbc {
    fill: var(--_rbc);
  }

  .wall {
    stroke: var(--_vessel);
    stroke-width: 3;
  }

  .lumen,
  .rbc,
  .wall,
  .o2 {
    transform-box: fill-box;
    transform-origin: center;
  }

  .vessel.squeezed .wall.top {
    transform: translateY(11px);
  }

  .vessel.squeezed .wall.bottom {
    transform: translateY(-11px);
  }

  .vessel.squeezed .lumen {
    transform: scaleY(0.39);
  }

  .vessel.squeezed .rbc {
    transform: scale(0.55);
  }

  .o2 circle {
    fill: var(--_surface);
    stroke: var(--_oxygen);
    stroke-width: 1.75;
  }

  .o2 text {
    font-size: 8px;
    font-weight: 700;
    text-anchor: middle;
    fill: var(--_oxygen);
  }

  .oxygen.low .o2:not(.keep) {
    opacity: 0;
    transform: translateY(24px);
  }

  .t-cell {
    fill: var(--_tcell-fill);
    stroke: var(--_tcell);
    stroke-width: 2.5;
  }

  .t-tick {
    stroke: var(--_tcell);
    stroke-width: 2.5;
    stroke-linecap: round;
  }

  .t-letter {
    font-size: 14px;
    font-weight: 800;
    fill: var(--_tcell);
  }

  .blocker {
    fill: var(--_blocker);
  }

  .immune:not(.treated) .blocker,
  .immune.outside .inside-only {
    opacity: 0;
  }

  /* Picture labels stay near 13–14 px whatever width the picture is drawn at. */
  .picture {
    container: picture / inline-size;
  }

  @container picture (max-width: 340px) {
    .label {
      font-size: 20px;
    }
    .label.small {
      font-size: 16.5px;
    }
  }

  @container picture (min-width: 341px) and (max-width: 480px) {
    .label {
      font-size: 16px;
    }
    .label.small {
      font-size: 14px;
    }
  }

  @container picture (min-width: 560px) {
    .label {
      font-size: 10.5px;
    }
    .label.small {
      font-size: 10px;
    }
  }

  @container (max-width: 30rem) {
    .nav {
      flex: 1 1 100%;
    }
    .nav button {
      flex: 1 1 0;
    }
    .progress {
      order: -1;
      flex-basis: 100%;
    }
  }

  .key-box {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 1.5;
    stroke-dasharray: 5 3;
  }

  @media (prefers-reduced-motion: no-preference) {
    .motion .part,
    .motion .part *,
    .motion > g {
      transition:
        opacity 350ms ease,
        transform 350ms ease;
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
    .scene .label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .tumour-cell,
    .spindle,
    .t-cell,
    .lumen,
    .o2 circle,
    .key-box {
      fill: Canvas;
    }
    /* .scene raises these above the colour rules (.tumour .nucleus, .o2 circle). */
    .scene .nucleus,
    .scene .rbc,
    .scene .signal-dot,
    .scene .blocker,
    .scene .t-letter,
    .scene .o2 text {
      fill: CanvasText;
      stroke: none;
    }
    .scene .o2 circle {
      fill: Canvas;
      stroke: CanvasText;
    }
    .drug-mark {
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
    .layout,
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
