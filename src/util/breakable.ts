import { html, type TemplateResult } from 'lit';

/**
 * `text` with a line-break opportunity (`<wbr>`) after each `/` and `.`: a DOI or a web address
 * on a narrow screen then breaks between its parts ("10.1073/pnas." | "1815515116"), never inside
 * a number or a word. Copying the text copies no extra characters.
 */
export function breakable(text: string): Array<string | TemplateResult> {
  return text.split(/(?<=[/.])(?=[^\s/])/).map((part, i) => (i ? html`<wbr>${part}` : part));
}
