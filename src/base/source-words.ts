import type { ExplainerCore } from '../content/types.js';
import type { CommonStrings } from '../i18n/common.strings.js';
import { doiUrl, safeUrl } from '../content/text.js';
import { formatDate } from '../i18n/locale.js';
import { format } from '../util/format.js';

/**
 * The parts of the source line, "Source: PNAS, 30 January 2019 · Read the paper · Reported by
 * NCI, 11 March 2019": the elements draw them (source-line.ts), the text fallback writes them.
 */
export function sourceWords(study: ExplainerCore['study'], common: CommonStrings, lang: string) {
  const news = study.news;
  return {
    // The journal's and the publisher's short names keep the line to two lines on a phone; the
    // badge's details give the full ones.
    source: `${common.source}: ${study.journalShort ?? study.journal}, ${formatDate(study.published, lang)}`,
    paperUrl: safeUrl(study.url) ?? (study.doi ? doiUrl(study.doi) : undefined),
    newsText: news ? format(common.newsSource, { publisher: news.publisherShort ?? news.publisher, date: formatDate(news.date, lang) }) : '',
    newsUrl: safeUrl(news?.url),
  };
}
