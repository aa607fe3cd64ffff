import { unsafeCSS, type CSSResult } from 'lit';
import { STATIC_ATTRIBUTE } from './static-mark.js';

/**
 * Rules for a pre-rendered widget that no script will bring to life, so a reader still gets all
 * of its content (every step, every row's details) and no control that would do nothing:
 * - JavaScript off: `@media (scripting: none)`;
 * - its code could not be loaded: the loader marks the host (STATIC_ATTRIBUTE), and so does an
 *   element whose `src` could not be fetched (it keeps its served copy).
 * With script, neither applies, so the pre-rendered copy looks exactly like the widget.
 * (No timer: a CSS clock cannot tell a script that is late, or held back by a page-speed plugin,
 * from one that never comes, and switching layouts on a late one moves the whole page twice. So
 * when nothing of ours runs at all, the copy stays as drawn: one step, its controls inert.)
 *
 * `rules` maps selectors inside the shadow root to declarations, e.g.
 * `{ '.step[hidden]': 'display: block', '.controls': 'display: none' }`. The declarations are
 * our own constants, never document text.
 */
export function withoutScript(rules: Readonly<Record<string, string>>): CSSResult {
  const entries = Object.entries(rules);
  const plain = entries.map(([selector, declarations]) => `${selector} { ${declarations}; }`).join('\n');
  const marked = entries.map(([selector, declarations]) => `${scoped(`:host([${STATIC_ATTRIBUTE}])`, selector)} { ${declarations}; }`).join('\n');
  return unsafeCSS(`@media (scripting: none) {\n${plain}\n}\n${marked}`);
}

/** `selector` (a list is allowed) under `host`: `:host(...) .a, :host(...) .b`. */
function scoped(host: string, selector: string): string {
  return selector
    .split(',')
    .map((part) => `${host} ${part.trim()}`)
    .join(', ');
}
