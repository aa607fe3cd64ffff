import type { ExplainerCore } from '../types.js';

/** The English document's study record: what every element shows (source line, dates). */
export const plerixaforStudyEn: ExplainerCore = {
  schemaVersion: 1,
  id: 'plerixafor-2019',
  lang: 'en',
  study: {
    title:
      'Blocking CXCR4 alleviates desmoplasia, increases T-lymphocyte infiltration, and improves immunotherapy in metastatic breast cancer',
    headline: {
      patient: 'In mice, a transplant drug helped an immune treatment work better against breast cancer that had spread.',
      clinician: 'In mouse models of metastatic breast cancer, CXCR4 blockade with plerixafor improved response to checkpoint inhibitors.',
    },
    journal: 'Proceedings of the National Academy of Sciences (PNAS)',
    journalShort: 'PNAS',
    citation: '116(10):4558–4566',
    published: '2019-01-30',
    doi: '10.1073/pnas.1815515116',
    pmid: '30700545',
    pmcid: 'PMC6410779',
    authors: ['Ivy X. Chen', 'Vikash P. Chauhan', 'Jessica Posada', 'Mei R. Ng', 'Michelle W. Wu', 'Pichet Adstamongkonkul', 'Peigen Huang', 'Neal Lindeman', 'Robert Langer', 'Rakesh K. Jain'],
    funding: {
      text: 'Funded by the National Cancer Institute (NCI). Led by Rakesh K. Jain, Harvard Medical School and Massachusetts General Hospital.',
      claims: ['C03'],
    },
    news: {
      title: 'Transplant Drug May Improve Metastatic Breast Cancer Immunotherapy',
      publisher: 'National Cancer Institute',
      date: '2019-03-11',
    },
  },
};
