import type { ExplainerCore, Text } from '../types.js';

/** The words of the study record in one language (plerixafor-2019.<lang>.study.ts). */
export interface StudyText {
  headline: Text;
  /** Who paid for and led the study (C03). */
  funding: string;
}

/**
 * The built-in study's record in `lang`: what every element shows (source line, dates). The
 * paper's title, journal, ids, authors and the news item are names, the same in every language.
 */
export function plerixaforStudy(lang: string, text: StudyText): ExplainerCore {
  return {
    schemaVersion: 1,
    id: 'plerixafor-2019',
    lang,
    study: {
      title:
        'Blocking CXCR4 alleviates desmoplasia, increases T-lymphocyte infiltration, and improves immunotherapy in metastatic breast cancer',
      headline: text.headline,
      journal: 'Proceedings of the National Academy of Sciences (PNAS)',
      journalShort: 'PNAS',
      citation: '116(10):4558–4566',
      published: '2019-01-30',
      doi: '10.1073/pnas.1815515116',
      pmid: '30700545',
      pmcid: 'PMC6410779',
      authors: ['Ivy X. Chen', 'Vikash P. Chauhan', 'Jessica Posada', 'Mei R. Ng', 'Michelle W. Wu', 'Pichet Adstamongkonkul', 'Peigen Huang', 'Neal Lindeman', 'Robert Langer', 'Rakesh K. Jain'],
      funding: { text: text.funding, claims: ['C03'] },
      news: {
        title: 'Transplant Drug May Improve Metastatic Breast Cancer Immunotherapy',
        publisher: 'National Cancer Institute',
        publisherShort: 'NCI',
        date: '2019-03-11',
      },
    },
  };
}
