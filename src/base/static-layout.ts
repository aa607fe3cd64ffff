import { unsafeCSS, type CSSResult } from 'lit';
import { STATIC_ATTRIBUTE } from './static-mark.js';

/**
 * Rules for a pre-rendered widget that no script will bring to life, so a reader still gets all
 * of its content (every step, every row's details) and no control that would do nothing:
 * - JavaScript off: `@media (scripting: none)`;
 * - its code could not be loaded: the loader marks the host (STATIC_ATTRIBUTE);
 * - nothing of ours runs at all (the classic file failed): a host still undefined after
 *   STATIC_AFTER_S seconds switches by a CSS animation, the one clock CSS has.
 * With script, none of them applies, so the pre-rendered copy looks exactly like the widget.
 *
 * `rules` maps selectors inside the shadow root to declarations, e.g.
 * `{ '.step[hidden]': 'display: block', '.controls': 'display: none' }`. The declarations are
 * our own constants (never document text), and no `!important` (keyframes refuse it). What the
 * static layout reveals must be hidden in a way that keeps the element rendered (visibility, a
 * grid cell, a clip): an element with `display: none` (the `hidden` attribute) runs no animation,
 * so the timed switch could not show it.
 */
export function withoutScript(name: string, rules: Readonly<Record<string, string>>): CSSResult {
  const entries = Object.entries(rules);
  const plain = entries.map(([selector, declarations]) => `${selector} { ${declarations}; }`).join('\n');
  const marked = entries.map(([selector, declarations]) => `${scoped(`:host([${STATIC_ATTRIBUTE}])`, selector)} { ${declarations}; }`).join('\n');
  // One keyframes rule per selector, holding that selector's declarations; `forwards` keeps them
  // once the delay has passed (nothing applies before). Undefined hosts only: a widget that is
  // defined never switches, and one defined late switches back.
  const timed = entries
    .map(([selector, declarations], i) => {
      const frames = `se-static-${name}-${i}`;
      return `@keyframes ${frames} { to { ${declarations}; } }\n${scoped(':host(:not(:defined))', selector)} { animation: ${frames} 0s ${STATIC_AFTER_S}s forwards; }`;
    })
    .join('\n');
  return unsafeCSS(`@media (scripting: none) {\n${plain}\n}\n${marked}\n${timed}`);
}

/** Seconds a pre-rendered widget waits for its code before showing all of its content without it. */
export const STATIC_AFTER_S = 8;

/** `selector` (a list is allowed) under `host`: `:host(...) .a, :host(...) .b`. */
function scoped(host: string, selector: string): string {
  return selector
    .split(',')
    .map((part) => `${host} ${part.trim()}`)
    .join(', ');
}
