import { css } from 'lit';

/**
 * Design tokens and a reset shared by every element. Tokens are `--se-*` custom properties a
 * page may set on the element or an ancestor; each falls back to a light/dark pair resolved by
 * the root's `color-scheme` (theme attribute, or the reader's preference for `auto`).
 */
export const baseStyles = css`
  :host {
    display: block;
    /* Host pages often restyle everything; keep the box model and text ours. */
    box-sizing: border-box;
    max-inline-size: 100%;
    /* Space from the article around it (--se-block-margin: 0 removes it). Page CSS on the tag wins.
       Pre-rendered copies carry it in their shadow styles, so it is there from the first paint. */
    margin-block: var(--se-block-margin, 1.5rem);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .root {
    box-sizing: border-box;
    color-scheme: light dark;
    /* Leaked host typography (text-transform, letter-spacing, huge line-height) stops here. */
    font-family: var(--se-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    /* Not below 16px: many news sites set html { font-size: 62.5% } for their own rem maths. */
    font-size: var(--se-font-size, max(1rem, 16px));
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    color: var(--se-text-color, light-dark(#1b1f24, #eef1f4));
    background: var(--se-surface-color, light-dark(#ffffff, #15191e));
    border: 1px solid var(--se-border-color, light-dark(#8a939c, #69737d));
    border-radius: var(--se-radius, 0.5rem);
    /* A phone's width keeps more of itself for text: below about 530 px the padding shrinks under 1rem. */
    padding: min(var(--se-space, 1rem), 3%);
    --_muted: var(--se-muted-color, light-dark(#4a535c, #b7c0c9));
    --_accent: var(--se-accent-color, light-dark(#0b5cad, #8cc4ff));
    --_accent-text: var(--se-accent-text-color, light-dark(#ffffff, #0b1520));
    --_subtle: var(--se-subtle-color, light-dark(#eef2f6, #222a33));
    --_border: var(--se-border-color, light-dark(#8a939c, #69737d));
    --_focus: var(--se-focus-color, light-dark(#b3260b, #ffb86b));
    --_error: var(--se-error-color, light-dark(#a4141b, #ff9c9c));
    --_surface: var(--se-surface-color, light-dark(#ffffff, #15191e));
    --_text: var(--se-text-color, light-dark(#1b1f24, #eef1f4));
    --_space: var(--se-space, 1rem);
    --_radius: var(--se-radius, 0.5rem);
  }

  /*
   * A page that sets only --se-accent-color (its brand colour) must stay readable in both schemes:
   * the accent is darkened to OKLCH lightness 0.5 at most on the light surface and lightened to 0.78
   * at least on the dark one, so it reads as link text (>= 4.5:1) and under the default accent
   * text (white in light, near-black in dark). Our defaults already sit inside those bounds.
   * Browsers without relative colours use the value as given (set a light-dark() pair there).
   */
  @supports (color: oklch(from red l c h)) {
    .root {
      --_accent: light-dark(
        oklch(from var(--se-accent-color, #0b5cad) min(l, 0.5) c h),
        oklch(from var(--se-accent-color, #8cc4ff) max(l, 0.78) c h)
      );
    }
  }

  .root.theme-light {
    color-scheme: light;
  }

  .root.theme-dark {
    color-scheme: dark;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.2em;
    line-height: 1.3;
    margin: 0 0 0.5em;
    font-weight: 700;
  }

  p {
    margin: 0 0 0.75em;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  /* Every button: a 44 px target (WCAG 2.5.5) on the widget's surface; elements add their look. */
  button {
    min-block-size: max(2.75rem, 44px);
    border-radius: var(--_radius);
    background: var(--_surface);
    font: inherit;
    letter-spacing: inherit;
    text-transform: none;
    cursor: pointer;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    scroll-margin: 6rem;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .error {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75em;
  }

  .error p {
    margin: 0;
  }

  .source,
  .notice {
    color: var(--_muted);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .root {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    /* Paper is white whatever the screen theme: beat .theme-dark's colour scheme too. */
    .root,
    .root.theme-dark,
    .root.theme-auto {
      color: #000;
      background: #fff;
      color-scheme: light;
    }
  }
`;
