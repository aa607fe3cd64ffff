import { plerixaforStudy } from './plerixafor-2019.study.js';

/** The English document's study record: what every element shows (source line, dates). */
export const plerixaforStudyEn = plerixaforStudy('en', {
  headline: {
    patient: 'In mice, a transplant drug helped an immune treatment work better against breast cancer that had spread.',
    clinician: 'In mouse models of metastatic breast cancer, CXCR4 blockade with plerixafor improved response to checkpoint inhibitors.',
  },
  funding: 'Funded by the National Cancer Institute (NCI). Led by Rakesh K. Jain, Harvard Medical School and Massachusetts General Hospital.',
});
