import type { ExplainerDocument } from '../types.js';

/**
 * SKELETON — issue 3 replaces this with the full Spanish document.
 * The 2019 PNAS plerixafor study, in Spanish. Every statement carries claim ids from the
 * ledger in `../ledger/plerixafor-2019.ledger.ts`.
 */
export const plerixafor2019Es: ExplainerDocument = {
  schemaVersion: 1,
  id: 'plerixafor-2019',
  lang: 'es',
  study: {
    title:
      'Blocking CXCR4 alleviates desmoplasia, increases T-lymphocyte infiltration, and improves immunotherapy in metastatic breast cancer',
    headline: 'A transplant drug helped immunotherapy work in mice with spread breast cancer',
    journal: 'Proceedings of the National Academy of Sciences (PNAS)',
    citation: '116(10):4558–4566',
    published: '2019-01-30',
    doi: '10.1073/pnas.1815515116',
    pmid: '30700545',
    pmcid: 'PMC6410779',
    authors: ['Ivy X. Chen', 'Vikash P. Chauhan', 'Jessica Posada', 'Mei R. Ng', 'Michelle W. Wu', 'Pichet Adstamongkonkul', 'Peigen Huang', 'Neal Lindeman', 'Robert Langer', 'Rakesh K. Jain'],
    funding: { text: 'Funded by the National Cancer Institute (NCI).', claims: ['C03'] },
    news: {
      title: 'Transplant Drug May Improve Metastatic Breast Cancer Immunotherapy',
      publisher: 'National Cancer Institute',
      date: '2019-03-11',
    },
  },
  evidence: {
    peerReview: 'peer-reviewed',
    studyTypes: ['experimental', 'observational'],
    subjects: ['animals', 'human-tissue-samples'],
    stage: 'preclinical',
    statusAsOf: '2019-03-11',
    summary: { text: 'Early research in mice, plus tumour samples from 17 women.', claims: ['C02', 'C12'] },
    subjectsShort: 'In mice',
    details: [{ text: 'Mice: three mouse models of breast cancer that had spread.', claims: ['C20'] }],
    status: [{ text: 'As of March 2019, the drug combination had not been tested in people with breast cancer.', claims: ['C06'] }],
    caveats: [
      {
        text: 'Dense tissue may not be the only reason checkpoint inhibitors fail.',
        attribution: 'George Sledge, Stanford University',
        claims: ['C07'],
      },
    ],
    definitions: {
      'peer-reviewed': 'Other scientists checked the study before it was published.',
      experimental: 'Researchers changed something, here the treatment, and compared groups.',
      observational: 'Researchers looked at what was already there, here tumour samples, without changing anything.',
      animals: 'The treatment results come from mice, not people.',
      'human-tissue-samples': 'Researchers studied tumour samples taken from 17 women; the women were not treated in this study.',
      preclinical: 'Lab and animal research that comes before any testing in people.',
    },
  },
  mechanism: {
    title: 'How the drug worked in mice',
    steps: [
      {
        id: 'fibroblasts',
        title: 'Cells called fibroblasts build a mesh around the tumour',
        body: 'Fibroblasts make fibres such as collagen that support the tumour.',
        claims: ['C08'],
        scene: { fibroblasts: 'normal', collagen: 'thin', vessel: 'open', oxygen: 'normal', immune: 'outside', focus: 'fibroblasts' },
      },
      {
        id: 'plerixafor',
        title: 'In mice, plerixafor thinned the mesh',
        body: 'Plerixafor blocks CXCR4. In mice it thinned the mesh and let more immune cells in.',
        claims: ['C02', 'C17'],
        inMice: true,
        scene: { fibroblasts: 'normal', collagen: 'thin', vessel: 'open', oxygen: 'normal', immune: 'inside', receptors: true, drug: true, focus: 'drug' },
      },
    ],
  },
  arms: {
    title: 'What happened in each group of mice',
    summary: { text: 'All of these results are from mice.', claims: ['C20'] },
    design: { text: 'Three mouse models; main tumours removed; four groups once the cancer had spread.', claims: ['C20'] },
    arms: [
      { id: 'control', label: 'Control (no active drug)', shortLabel: 'Control' },
      { id: 'plerixafor', label: 'Plerixafor alone', shortLabel: 'Plerixafor' },
      { id: 'icb', label: 'Checkpoint inhibitors alone', shortLabel: 'Checkpoint inhibitors' },
      { id: 'combination', label: 'Plerixafor plus checkpoint inhibitors', shortLabel: 'Both drugs' },
    ],
    outcomes: [
      {
        id: 'long-term-remission',
        label: 'Mice with long-term remission',
        claims: ['C22'],
        results: [
          { arm: 'control', kind: 'not-reported' },
          { arm: 'plerixafor', kind: 'not-reported' },
          { arm: 'icb', kind: 'relation', relation: 'reference', claims: ['C22'] },
          { arm: 'combination', kind: 'relation', relation: 'more', to: ['icb'], ratio: 2, claims: ['C22'] },
        ],
      },
    ],
  },
};
