import type { EvidenceLabel } from '../../content/types.js';
import type { Language } from '../../i18n/languages.js';

/**
 * UI strings of <evidence-badge>. Templates fill `{name}` slots with `format()`.
 * Keys named after a label (`'peer-reviewed'`, `experimental`, `preclinical`, …) are the
 * label's reader-facing name; `short-<stage>` and `in-<subject>` are the words of the pill.
 */
export interface BadgeStrings extends Record<EvidenceLabel, string> {
  /** Accessible name of the pill (the one-line badge). */
  label: string;
  /** The disclosure's summary, and the heading of the full variant. */
  question: string;
  'short-preclinical': string;
  'short-early-clinical': string;
  'short-late-clinical': string;
  'short-in-use': string;
  'in-people': string;
  'in-animals': string;
  'in-cells': string;
  'in-human-embryos': string;
  'in-human-tissue-samples': string;
  labelsHeading: string;
  peerReviewGroup: string;
  studyTypeGroup: string;
  subjectsGroup: string;
  whatWasStudied: string;
  ladderHeading: string;
  /** Marks this study's rung on the ladder. */
  thisStudy: string;
  /** "Status as of {date}" (month and year). */
  statusHeading: string;
  caveatsHeading: string;
  /** "— {name}" */
  attribution: string;
  forYouHeading: string;
  studyDetailsHeading: string;
  paper: string;
  authors: string;
  journal: string;
  published: string;
  funding: string;
  citationHeading: string;
  etAl: string;
  /** In the citation after volume and pages: "published online {date}". */
  publishedOnline: string;
  newsReport: string;
  /** Names of the paper's identifiers, before each: "DOI: https://doi.org/…". */
  doi: string;
  pmid: string;
  pmcid: string;
  copy: string;
  /** Announced after the citation was put on the clipboard. */
  copied: string;
  /** Announced when the clipboard could not be used and the text was selected instead. */
  copySelected: string;
}

/** The UI strings of <evidence-badge> in every language of src/i18n/languages.ts: a missing one fails to compile. */
export const badgeStrings: Readonly<Record<Language, BadgeStrings>> = {
  en: {
    label: 'Kind of evidence',
    question: 'What kind of evidence is this?',
    'peer-reviewed': 'Peer-reviewed',
    'not-peer-reviewed': 'Not peer-reviewed',
    experimental: 'Experimental study',
    observational: 'Observational study',
    'randomised-controlled-trial': 'Randomised controlled trial',
    'systematic-review': 'Systematic review',
    'meta-analysis': 'Meta-analysis',
    'case-study': 'Case study',
    'literature-review': 'Literature review',
    opinion: 'Opinion piece',
    people: 'People',
    animals: 'Animals',
    cells: 'Cells',
    'human-embryos': 'Human embryos',
    'human-tissue-samples': 'Human tissue samples',
    preclinical: 'Lab and animal studies',
    'early-clinical': 'First studies in people',
    'late-clinical': 'Large trials in people',
    'in-use': 'In use',
    'short-preclinical': 'Early research',
    'short-early-clinical': 'Early trials in people',
    'short-late-clinical': 'Late-stage trials',
    'short-in-use': 'In use',
    'in-people': 'In people',
    'in-animals': 'In animals',
    'in-cells': 'In cells',
    'in-human-embryos': 'In human embryos',
    'in-human-tissue-samples': 'In human tissue samples',
    labelsHeading: 'What the labels mean',
    peerReviewGroup: 'Peer review',
    studyTypeGroup: 'Type of study',
    subjectsGroup: 'Studied in',
    whatWasStudied: 'What was studied',
    ladderHeading: 'How close is this to patients?',
    thisStudy: 'This study',
    statusHeading: 'Status as of {date}',
    caveatsHeading: 'What to keep in mind',
    attribution: '— {name}',
    forYouHeading: 'What this means for you',
    studyDetailsHeading: 'Study details',
    paper: 'Paper',
    authors: 'Authors',
    journal: 'Journal',
    published: 'Published',
    funding: 'Funding',
    citationHeading: 'Where to read the paper',
    etAl: 'et al.',
    publishedOnline: 'published online {date}',
    newsReport: 'News report',
    doi: 'DOI',
    pmid: 'PMID',
    pmcid: 'PMCID',
    copy: 'Copy citation',
    copied: 'Citation copied.',
    copySelected: 'Citation selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  },
  es: {
    label: 'Tipo de evidencia',
    question: '¿Qué tipo de evidencia es esta?',
    'peer-reviewed': 'Revisado por expertos',
    'not-peer-reviewed': 'Sin revisión por expertos',
    experimental: 'Estudio experimental',
    observational: 'Estudio observacional',
    'randomised-controlled-trial': 'Ensayo controlado aleatorizado',
    'systematic-review': 'Revisión sistemática',
    'meta-analysis': 'Metanálisis',
    'case-study': 'Estudio de caso',
    'literature-review': 'Revisión de la literatura',
    opinion: 'Artículo de opinión',
    people: 'Personas',
    animals: 'Animales',
    cells: 'Células',
    'human-embryos': 'Embriones humanos',
    'human-tissue-samples': 'Muestras de tejido humano',
    preclinical: 'Estudios de laboratorio y en animales',
    'early-clinical': 'Primeros estudios en personas',
    'late-clinical': 'Ensayos grandes en personas',
    'in-use': 'En uso',
    'short-preclinical': 'Investigación inicial',
    'short-early-clinical': 'Primeros ensayos en personas',
    'short-late-clinical': 'Ensayos en fase avanzada',
    'short-in-use': 'En uso',
    'in-people': 'En personas',
    'in-animals': 'En animales',
    'in-cells': 'En células',
    'in-human-embryos': 'En embriones humanos',
    'in-human-tissue-samples': 'En muestras de tejido humano',
    labelsHeading: 'Qué significan las etiquetas',
    peerReviewGroup: 'Revisión por expertos',
    studyTypeGroup: 'Tipo de estudio',
    subjectsGroup: 'Estudiado en',
    whatWasStudied: 'Qué se estudió',
    ladderHeading: '¿Qué tan cerca está de los pacientes?',
    thisStudy: 'Este estudio',
    statusHeading: 'Situación en {date}',
    caveatsHeading: 'Qué tener en cuenta',
    attribution: '— {name}',
    forYouHeading: 'Qué significa esto para usted',
    studyDetailsHeading: 'Detalles del estudio',
    paper: 'Artículo',
    authors: 'Autores',
    journal: 'Revista',
    published: 'Publicado',
    funding: 'Financiación',
    citationHeading: 'Dónde leer el artículo',
    etAl: 'et al.',
    publishedOnline: 'publicado en línea el {date}',
    newsReport: 'Noticia',
    doi: 'DOI',
    pmid: 'PMID',
    pmcid: 'PMCID',
    copy: 'Copiar la cita',
    copied: 'Cita copiada.',
    copySelected: 'Cita seleccionada: pulse Ctrl+C (⌘C en Mac) para copiarla.',
  },
};
