import type { LedgerEntry } from '../types.js';

/**
 * The claims ledger of the default study, as data: the ledger table of `shared/source/README.md`
 * (the project's source folder), entry for entry. It is a committed copy because the installed
 * package has no shared folder; `test/cli/ledger.test.js` fails on any id, text or section that
 * differs from the README. Each entry paraphrases what the news article states, with the
 * article's section. Every statement in `../default/plerixafor-2019.*.ts` carries ids from this
 * list, and the content tests fail on any other id.
 */
export const plerixafor2019Source = Object.freeze({
  title: 'Transplant Drug May Improve Metastatic Breast Cancer Immunotherapy',
  publisher: 'National Cancer Institute',
  date: '2019-03-11',
  republishedBy: 'Cancer Health',
  copiedFrom: 'shared/source/README.md (claims ledger C01–C25)',
});

export const plerixafor2019Ledger: readonly LedgerEntry[] = Object.freeze([
  { id: 'C01', section: 'intro', text: 'Some cancers are wrapped in dense connective tissue that keeps cancer-killing immune cells out.' },
  { id: 'C02', section: 'intro', text: 'In mouse models of metastatic breast cancer, plerixafor (Mozobil), a drug already used for bone-marrow (stem-cell) transplants, thinned that tissue and let more immune cells reach tumors.' },
  { id: 'C03', section: 'intro', text: 'Study: NCI-funded, published 30 Jan 2019 in PNAS; lead investigator Rakesh Jain (Harvard Medical School, Massachusetts General Hospital).' },
  { id: 'C04', section: 'intro', text: 'In mice, plerixafor improved how well immune checkpoint inhibitors reduced metastasis and prolonged survival.' },
  { id: 'C05', section: 'intro', text: 'Checkpoint inhibitors do not work well for most women with metastatic breast cancer.' },
  { id: 'C06', section: 'intro', text: 'Plerixafor is in several clinical trials for other cancers; a breast-cancer trial was being explored (as of March 2019). Such trials assess safety and effects on tumor immune cells.' },
  { id: 'C07', section: 'intro', text: 'George Sledge (Stanford), in an accompanying commentary: dense tissue may not be the only reason checkpoint inhibitors fail; the results offer "a clinically testable hypothesis".' },
  { id: 'C08', section: 'Fibroblasts Keep Immune Cells Out', text: 'Fibroblasts build a collagen meshwork that supports the tumor; cancer-associated fibroblasts that overproduce it can physically block immune cells.' },
  { id: 'C09', section: 'Fibroblasts Keep Immune Cells Out', text: 'Desmoplasia (overgrown connective tissue) compresses blood vessels and limits oxygen; low oxygen dampens cancer-killing immune cells.' },
  { id: 'C10', section: 'Fibroblasts Keep Immune Cells Out', text: 'Fibroblasts release cytokines that may recruit immune cells that help the tumor and block those that would destroy it ("the wrong crowd").' },
  { id: 'C11', section: 'Fibroblasts Keep Immune Cells Out', text: 'Desmoplasia is common in pancreatic, esophageal, prostate and some breast cancers and may partly explain limited immunotherapy success there.' },
  { id: 'C12', section: 'Do Metastatic Breast Tumors Have Desmoplasia?', text: 'Paired primary and metastatic tumor samples from 17 women (spread to liver or lungs): both desmoplastic; the metastases had nearly no cancer-killing immune cells.' },
  { id: 'C13', section: 'Do Metastatic Breast Tumors Have Desmoplasia?', text: 'A search of The Cancer Genome Atlas found genes high in breast tumors that track with immune-cell exclusion; CXCL12 was among them.' },
  { id: 'C14', section: 'Do Metastatic Breast Tumors Have Desmoplasia?', text: 'CXCL12 (made by cancer cells and fibroblasts) draws fibroblasts toward its source and makes them produce more collagen.' },
  { id: 'C15', section: 'Do Metastatic Breast Tumors Have Desmoplasia?', text: 'The paired human tumors had more CXCR4, the CXCL12 receptor, than nearby healthy tissue.' },
  { id: 'C16', section: 'Targeting CXCR4 With Plerixafor', text: 'In a mouse model mimicking human desmoplasia, cancer-associated fibroblasts from primary and metastatic tumors had high CXCR4.' },
  { id: 'C17', section: 'Targeting CXCR4 With Plerixafor', text: 'Plerixafor (blocks CXCR4) reduced desmoplasia and blood-vessel compression and raised tumor oxygen, compared with a control treatment.' },
  { id: 'C18', section: 'Targeting CXCR4 With Plerixafor', text: 'Plerixafor raised immune-activating cytokines and lowered proteins that aid metastasis.' },
  { id: 'C19', section: 'Targeting CXCR4 With Plerixafor', text: 'Mice given plerixafor had fewer lung metastases and lived longer than mice given a placebo.' },
  { id: 'C20', section: 'Enhancing the Effects of Immunotherapy', text: 'Three mouse models; primary tumors removed surgically; once metastases formed, four groups: control, plerixafor, a combination of checkpoint inhibitors, plerixafor plus checkpoint inhibitors.' },
  { id: 'C21', section: 'Enhancing the Effects of Immunotherapy', text: 'Compared with the other groups, plerixafor plus checkpoint inhibitors gave fewer cancer-associated fibroblasts, less desmoplasia and more cancer-killing immune cells in metastases. The combination also gave fewer lung metastases and longer survival; for these two the article names no comparison group ("also decreased … and extended"), so none may be shown.' },
  { id: 'C22', section: 'Enhancing the Effects of Immunotherapy', text: 'In all three models several mice on plerixafor plus checkpoint inhibitors had long-term remissions: double the long-term remission rate of checkpoint inhibitors alone.' },
  { id: 'C23', section: 'Enhancing the Effects of Immunotherapy', text: 'Earlier work: plerixafor enhanced immunotherapy in mouse models of pancreatic and liver cancer.' },
  { id: 'C24', section: 'closing', text: 'Several CXCR4 inhibitors exist and are "relatively nontoxic" (Sledge).' },
  { id: 'C25', section: 'Do Metastatic Breast Tumors Have Desmoplasia?', text: 'Primary and metastatic cancer should be studied as separate entities (Hildesheim, NCI).' },
]);

/**
 * Every number the source states, so that reader text may use it (content rule 2). Names
 * that contain digits (CXCR4, CXCL12) are names, not numbers.
 */
export const plerixafor2019StatedNumbers: readonly string[] = Object.freeze([
  '17', // women whose paired tumour samples were studied (C12)
  '3', // mouse models (C20, C22)
  '4', // treatment groups (C20)
  '2×', // long-term remission rate: double with the combination (C22), also as "double", "twice"
  '2019', '30', '11', // dates: published 30 January 2019, reported 11 March 2019 (C03, news)
]);

/** Names in the source that contain digits; allowed wherever they appear. */
export const plerixafor2019NamesWithDigits: readonly string[] = Object.freeze(['CXCR4', 'CXCL12']);
