import { css } from 'lit';
import { withoutScript } from '../../base/static-layout.js';

export const styles = css`
  /* The pill: a soft capsule of words; it wraps at narrow widths instead of scrolling. */
  .pill-row {
    display: inline-flex;
    align-items: baseline;
    gap: 0.5em;
    max-inline-size: 100%;
    padding: 0.3em 0.85em;
    margin-block-end: 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1.25em;
    background: var(--_subtle);
  }

  .icon {
    flex: none;
    align-self: center;
    color: var(--_accent);
  }

  .icon .bar {
    fill: none;
    stroke: currentColor;
    stroke-width: 1;
  }

  .icon .bar.on {
    fill: currentColor;
  }

  /* Labels run as one line of text, so a narrow pill fills each line instead of one label a line. */
  .pill {
    margin: 0;
    padding: 0;
    list-style: none;
    font-weight: 600;
    line-height: 1.4;
  }

  .pill li {
    display: inline;
  }

  /* Separators trail each label (never starting a line), with a space a line may break at. */
  .pill li:not(:last-child)::after {
    content: ' · ';
    content: ' · ' / '';
    color: var(--_muted);
  }

  .lead {
    margin-block-end: 0.5em;
  }

  /* Comfortable line length on wide pages. */
  .lead,
  .panel {
    max-inline-size: 48rem;
  }

  .notice {
    margin-block-end: 0.5em;
  }

  /* The disclosure: a 44 px tall target with the native marker. */
  summary {
    display: list-item;
    /* Slotted into the details element's own shadow tree, it inherits content-box from there. */
    box-sizing: border-box;
    min-block-size: max(2.75rem, 44px);
    padding-block: 0.6em;
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    inline-size: fit-content;
    max-inline-size: 100%;
  }

  summary:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .panel {
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.1em;
    padding-block: 0.75em;
    border-block-start: 1px solid var(--_border);
  }

  .full .panel {
    margin-block-start: 0.5em;
  }

  .section-heading {
    font-size: 1.05em;
    margin-block-end: 0.4em;
  }

  .section > :last-child {
    margin-block-end: 0;
  }

  dl {
    margin: 0 0 0.75em;
  }

  dt {
    margin-block-start: 0.6em;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 700;
  }

  dt:first-child {
    margin-block-start: 0;
  }

  dd {
    margin: 0.1em 0 0;
  }

  .labels .label {
    font-weight: 700;
  }

  .sub-label {
    margin-block-end: 0.25em;
    font-weight: 700;
  }

  .statements {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }

  .statements li + li {
    margin-block-start: 0.3em;
  }

  .attribution {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .facts dd {
    overflow-wrap: anywhere;
  }

  /* The ladder: vertical by default; a horizontal track when there is room. */
  .ladder {
    display: grid;
    margin: 0 0 0.6em;
    padding: 0;
    list-style: none;
  }

  .rung {
    position: relative;
    display: flex;
    align-items: flex-start;
    gap: 0.65em;
    padding-block: 0.35em;
    color: var(--_muted);
  }

  .rung:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.5em - 1px);
    inset-block: 1.6em -0.6em;
    inline-size: 2px;
    background: var(--_border);
  }

  .marker {
    position: relative;
    z-index: 1;
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    margin-block-start: 0.25em;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
  }

  .rung.passed .marker {
    background: var(--_border);
  }

  .rung.current {
    color: inherit;
  }

  .rung.current .marker {
    border-color: var(--_accent);
    background: var(--_accent);
    box-shadow:
      0 0 0 2px var(--_surface),
      0 0 0 4px var(--_accent);
  }

  .rung.current .rung-name {
    font-weight: 700;
  }

  .here {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0 0.55em;
    border: 1px solid transparent;
    border-radius: 1em;
    background: var(--_accent);
    color: var(--_accent-text);
    font-size: 0.8125em;
    line-height: 1.6;
    white-space: nowrap;
  }

  @container (min-width: 34rem) {
    .ladder {
      grid-template-columns: repeat(4, minmax(0, 1fr));
      column-gap: 0.5em;
    }
    .rung {
      flex-direction: column;
      align-items: center;
      text-align: center;
    }
    .rung-text {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 0.2em;
    }
    .here {
      margin-inline-start: 0;
    }
    .rung:not(:last-child)::after {
      inset-block: calc(0.35em + 0.25em + 0.5em - 1px) auto;
      inset-inline-start: calc(50% + 0.5em + 6px);
      inline-size: calc(100% + 0.5em - 1em - 12px);
      block-size: 2px;
    }
  }

  @container (min-width: 34rem) {
    .facts {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      align-items: baseline;
      gap: 0.35em 1em;
    }
    .facts dt,
    .facts dd {
      margin: 0;
    }
  }

  .stage-def {
    color: var(--_muted);
  }

  .citation-text {
    padding: 0.6em 0.8em;
    border-inline-start: 3px solid var(--_border);
    background: var(--_subtle);
    overflow-wrap: anywhere;
  }

  .links {
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
    overflow-wrap: anywhere;
  }

  .links li + li {
    margin-block-start: 0.3em;
  }

  .copy-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }

  .copy {
    padding: 0.4em 1em;
    border: 1px solid var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }

  .copy:hover {
    background: var(--_subtle);
  }

  .copy-status {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .source {
    margin-block: 0.5em 0;
  }

  @media (forced-colors: active) {
    .pill-row,
    .citation-text {
      border-color: CanvasText;
    }
    .rung.current .marker {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: CanvasText;
    }
    .copy {
      border-color: ButtonText;
      color: ButtonText;
    }
  }

  @media print {
    /* Paper is light whatever the theme (the base sets black on white; the tokens must follow). */
    .root.theme-dark,
    .root.theme-auto {
      color-scheme: light;
    }
    /* Print shows the details, open or not; controls are left out. */
    details::details-content {
      display: block;
      content-visibility: visible;
    }
    summary {
      display: block;
      min-block-size: 0;
      color: inherit;
      font-weight: 700;
    }
    .copy-row {
      display: none;
    }
    .section {
      break-inside: avoid;
    }
    .rung.current .marker {
      background: #000;
      border-color: #000;
      box-shadow: none;
    }
    .here {
      border-color: #000;
      background: none;
      color: #000;
    }
  }
`;

/**
 * Without script (src/base/static-layout.ts) the native disclosure still opens and closes, so
 * the details stay one click away; only Copy, which needs script, goes.
 */
export const staticStyles = withoutScript({ '.copy-row': 'display: none' });
