import { html, type TemplateResult } from 'lit';

/**
 * `text` with a line-break opportunity (`<wbr>`) after each `/` and `.`: a DOI or a web address
 * on a narrow screen then breaks between its parts ("10.1073/pnas." | "1815515116"), never inside
 * a number or a word. Copying the text copies no extra characters.
 */
export function breakable(text: string): Array<string | TemplateResult> {
  // No lookbehind (Safari before 16.4 cannot parse one, and would lose the whole bundle): the
  // separators are captured, then joined back onto the part before them.
  const pieces = text.split(/([/.])(?=[^\s/])/);
  const parts: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) parts.push(pieces[i] + (pieces[i + 1] ?? ''));
  return parts.map((part, i) => (i ? html`<wbr>${part}` : part));
}
