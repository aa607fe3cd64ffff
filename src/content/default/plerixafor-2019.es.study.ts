import type { ExplainerCore } from '../types.js';

/** The Spanish document's study record: what every element shows (source line, dates). */
export const plerixaforStudyEs: ExplainerCore = {
  schemaVersion: 1,
  id: 'plerixafor-2019',
  lang: 'es',
  study: {
    title:
      'Blocking CXCR4 alleviates desmoplasia, increases T-lymphocyte infiltration, and improves immunotherapy in metastatic breast cancer',
    headline: {
      patient: 'En ratones, un fármaco para trasplantes ayudó a que un tratamiento inmunitario funcionara mejor contra el cáncer de mama que se ha extendido (metastásico).',
      clinician: 'En modelos murinos de cáncer de mama metastásico, el bloqueo de CXCR4 con plerixafor mejoró la respuesta a los inhibidores de puntos de control.',
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
      text: 'Financiado por el Instituto Nacional del Cáncer de EE. UU. (NCI). Dirigido por Rakesh K. Jain, de la Facultad de Medicina de Harvard y el Hospital General de Massachusetts.',
      claims: ['C03'],
    },
    news: {
      title: 'Transplant Drug May Improve Metastatic Breast Cancer Immunotherapy',
      publisher: 'National Cancer Institute',
      date: '2019-03-11',
    },
  },
};
