import { html, nothing } from 'lit';
import { doiUrl, safeUrl } from '../content/text.js';
import { formatDate } from '../i18n/locale.js';
import { format } from '../util/format.js';
import type { RenderContext } from './render-context.js';

/** "Source: PNAS, 30 January 2019 · Read the paper · Reported by NCI, 11 March 2019". */
export function sourceLine({ doc, lang, strings }: RenderContext<never>) {
  const { study } = doc;
  const paperUrl = safeUrl(study.url) ?? (study.doi ? doiUrl(study.doi) : undefined);
  const news = study.news;
  const newsText = news ? format(strings.common.newsSource, { publisher: news.publisher, date: formatDate(news.date, lang) }) : '';
  const newsUrl = safeUrl(news?.url);
  return html`<p class="source" part="source">
    ${strings.common.source}: ${study.journal}, ${formatDate(study.published, lang)}
    ${paperUrl ? html`· <a href=${paperUrl} rel="noopener noreferrer">${strings.common.readThePaper}</a>` : nothing}
    ${news ? html`· ${newsUrl ? html`<a href=${newsUrl} rel="noopener noreferrer">${newsText}</a>` : newsText}` : nothing}
  </p>`;
}

/** A visible note on made-up documents, so an example is never mistaken for a real study. */
export function exampleNotice({ doc, strings }: RenderContext<never>) {
  return doc.example ? html`<p class="notice" part="notice">${strings.common.exampleNotice}</p>` : nothing;
}
