import { html, nothing } from 'lit';
import type { RenderContext } from './render-context.js';
import { sourceWords } from './source-words.js';

/** "Source: PNAS, 30 January 2019 · Read the paper · Reported by NCI, 11 March 2019". */
export function sourceLine({ doc, lang, strings }: RenderContext<never>) {
  const { source, paperUrl, newsText, newsUrl } = sourceWords(doc.study, strings.common, lang);
  return html`<p class="source" part="source">
    ${source}
    ${paperUrl ? html`· <a href=${paperUrl} rel="noopener noreferrer">${strings.common.readThePaper}</a>` : nothing}
    ${newsText ? html`· ${newsUrl ? html`<a href=${newsUrl} rel="noopener noreferrer">${newsText}</a>` : newsText}` : nothing}
  </p>`;
}

/** A visible note on made-up documents, so an example is never mistaken for a real study. */
export function exampleNotice({ doc, strings }: RenderContext<never>) {
  return doc.example ? html`<p class="notice" part="notice">${strings.common.exampleNotice}</p>` : nothing;
}
