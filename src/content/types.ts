/**
 * The explainer document: everything the three widgets say about one study, in one
 * language. Plain JSON; checked at run time by `validateExplainer()`; the JSON Schema in
 * `dist/explainer.schema.json` is generated from these types.
 */

/** The document format version this package reads. */
export const SCHEMA_VERSION = 1;

export const AUDIENCES = ['patient', 'clinician'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Reader-facing text: one string for every reader, or one per audience. */
export type Text = string | AudienceText;

export interface AudienceText {
  patient: string;
  clinician: string;
}

/**
 * Ids of the claims ledger entries a health statement rests on, e.g. `["C12"]`.
 * @minItems 1
 */
export type ClaimIds = string[];

/** A health statement: text plus the claims it rests on. */
export interface Statement {
  text: Text;
  claims: ClaimIds;
}

/** A caveat or opinion, always attributed to the person who made it. */
export interface AttributedStatement extends Statement {
  /** Who said it, e.g. "George Sledge, Stanford University (commentary in PNAS)". */
  attribution: string;
}

/**
 * An ISO 8601 calendar date, `YYYY-MM-DD`.
 * @pattern ^\d{4}-\d{2}-\d{2}$
 */
export type IsoDate = string;

/**
 * An absolute `https:` or `http:` URL; nothing else is ever rendered as a link.
 * @pattern ^https?://
 */
export type WebUrl = string;

export interface NewsSource {
  title: string;
  publisher: string;
  /** The publisher's short name, e.g. "NCI" (defaults to `publisher`): every widget's source line uses it; the badge's details spell out `publisher` with it. */
  publisherShort?: string;
  date: IsoDate;
  url?: WebUrl;
}

export interface StudyRecord {
  /** The paper's own title, as published. */
  title: string;
  /** A plain headline for the widgets, e.g. "In mice, a drug used in bone marrow transplants boosted an immune treatment". */
  headline: Text;
  journal: string;
  /** The journal's short name, e.g. "PNAS" (defaults to `journal`): every widget's source line uses it; the badge's citation spells out `journal` with it. */
  journalShort?: string;
  /** Volume, issue and pages, e.g. "116(10):4558–4566". */
  citation?: string;
  published: IsoDate;
  doi?: string;
  pmid?: string;
  pmcid?: string;
  /** Authors in the paper's order. */
  authors: string[];
  funding?: Statement;
  /** Where a reader can read the paper (defaults to the DOI link). */
  url?: WebUrl;
  /** The news report this explainer packages. */
  news?: NewsSource;
}

/** UK Academy of Medical Sciences / Science Media Centre press-release labels, plus ours. */
export const PEER_REVIEW = ['peer-reviewed', 'not-peer-reviewed'] as const;
export type PeerReview = (typeof PEER_REVIEW)[number];

export const STUDY_TYPES = [
  'experimental',
  'observational',
  'randomised-controlled-trial',
  'systematic-review',
  'meta-analysis',
  'case-study',
  'literature-review',
  'opinion',
] as const;
export type StudyType = (typeof STUDY_TYPES)[number];

/** `human-tissue-samples` is ours: analysed tissue is never called "people". */
export const SUBJECTS = ['people', 'animals', 'cells', 'human-embryos', 'human-tissue-samples'] as const;
export type Subject = (typeof SUBJECTS)[number];

/** How far the research is from patients (ours). */
export const STAGES = ['preclinical', 'early-clinical', 'late-clinical', 'in-use'] as const;
export type Stage = (typeof STAGES)[number];

export type EvidenceLabel = PeerReview | StudyType | Subject | Stage;

export interface Evidence {
  peerReview: PeerReview;
  /** @minItems 1 */
  studyTypes: StudyType[];
  /** @minItems 1 */
  subjects: Subject[];
  stage: Stage;
  /** The date the clinical status refers to. */
  statusAsOf: IsoDate;
  /** One plain line: what kind of evidence this is. */
  summary: Statement;
  /**
   * Short words for the compact badge, e.g. "In rats" (falls back to the subject labels). The
   * stepper marks steps flagged `inMice` with it too, unless `mechanism.subjectsLabel` is given.
   */
  subjectsShort?: Text;
  /** What the subjects were, in detail: "mice (three models)", "tumour samples from 17 women". */
  details: Statement[];
  /** Clinical status on `statusAsOf`: tested in people or not, trials, approvals. */
  status: Statement[];
  caveats: AttributedStatement[];
  /** "What this means for you" (patient audience). */
  forReaders?: Statement[];
  /**
   * Reader-facing definition of every label the document uses, applied to this study
   * ("Experimental study: researchers changed something, here the treatment, and compared groups").
   */
  definitions: Partial<Record<EvidenceLabel, Text>>;
}

/** The kinds of thing a picture can draw; each kind has its own shape, so meaning never rests on colour. */
export const ACTOR_KINDS = ['cell', 'tissue', 'vessel', 'organ', 'signal', 'receptor', 'drug', 'meter', 'label'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * How an actor looks at a step: `normal`; `more` (bigger, denser, wider, higher); `less`
 * (smaller, thinner, narrower, lower); `blocked` (kept out or switched off: drawn with bars).
 */
export const ACTOR_STATES = ['normal', 'more', 'less', 'blocked'] as const;
export type ActorState = (typeof ACTOR_STATES)[number];

/** Width and height of the picture's drawing box; actor positions are in these units. */
export const SCENE_WIDTH = 400;
export const SCENE_HEIGHT = 260;

interface ActorBase {
  /** Stable id, used by the steps' `show`, `focus` and `states`. */
  id: string;
  /** The words drawn beside the actor (with a line to it), in the document's language. */
  label: Text;
  /**
   * Centre, 0–400 from the left. Labels go in the margins (x < 100 and x > 300), so keep
   * actors between 100 and 300; actors left of 200 are labelled on the left.
   * @minimum 0
   * @maximum 400
   */
  x: number;
  /**
   * Centre, 0–260 from the top.
   * @minimum 0
   * @maximum 260
   */
  y: number;
  /** The state drawn when a step says nothing else (default `normal`). */
  state?: ActorState;
}

/**
 * How many of a thing are drawn, in a small cluster (default 1).
 * @minimum 1
 * @maximum 7
 */
export type ActorCount = number;

/** Cells: `round` (e.g. tumour or immune cells) or `spindle` (e.g. fibroblasts). */
export interface CellActor extends ActorBase {
  kind: 'cell';
  shape?: 'round' | 'spindle';
  /**
   * Up to 2 characters drawn inside each cell, e.g. "T"; the validator reports a mark wider than the cell.
   * @maxLength 2
   */
  mark?: string;
  count?: ActorCount;
}

/** Fibres (e.g. collagen) in rings around the point; `more` is dense, `less` thin. */
export interface TissueActor extends ActorBase {
  kind: 'tissue';
  /**
   * @minimum 20
   * @maximum 120
   */
  radius?: number;
}

/** A horizontal blood vessel centred on the point; `less` is squeezed, `more` widened. */
export interface VesselActor extends ActorBase {
  kind: 'vessel';
  /**
   * @minimum 40
   * @maximum 400
   */
  length?: number;
}

/** An organ: `heart` or a `round` outline; `more` draws it working harder (bigger, bolder). */
export interface OrganActor extends ActorBase {
  kind: 'organ';
  shape?: 'heart' | 'round';
}

/** Small molecules around the point (a signal, oxygen): `less` fewer, `more` more. */
export interface SignalActor extends ActorBase {
  kind: 'signal';
  /**
   * A short mark drawn in each molecule, e.g. "O₂" (about 2 characters: the validator reports a
   * mark wider than the molecule's circle).
   * @maxLength 3
   */
  mark?: string;
}

/** Y-shaped receptors; `blocked` draws them capped. */
export interface ReceptorActor extends ActorBase {
  kind: 'receptor';
  count?: ActorCount;
}

/** A drug: `diamond` (default) or `bar` marks. */
export interface DrugActor extends ActorBase {
  kind: 'drug';
  shape?: 'diamond' | 'bar';
  count?: ActorCount;
}

/** A gauge for a measure such as blood pressure: the level is `less`, `normal` or `more`. */
export interface MeterActor extends ActorBase {
  kind: 'meter';
}

/** Words only, drawn at the point (no line). */
export interface LabelActor extends ActorBase {
  kind: 'label';
}

/** One thing the picture can draw. */
export type SceneActor = CellActor | TissueActor | VesselActor | OrganActor | SignalActor | ReceptorActor | DrugActor | MeterActor | LabelActor;

/** The document's picture: every actor any step shows. */
export interface Scene {
  /**
   * @minItems 1
   * @maxItems 30
   */
  actors: SceneActor[];
}

/** How the picture looks at one step. */
export interface StepScene {
  /** The picture's accessible name: what it shows at this step (not the step title). */
  alt: Text;
  /** Ids of the actors drawn at this step. */
  show: string[];
  /** Ids of the actors the step is about, drawn emphasised. */
  focus?: string[];
  /** Actor states at this step, by actor id (others keep their default state). */
  states?: Record<string, ActorState>;
}

export interface MechanismStep {
  /** Stable id, usable in `goTo()` and in links. */
  id: string;
  title: Text;
  body: Text;
  claims: ClaimIds;
  /**
   * True when the step reports a result seen in the study's animals (mice, rats…), whatever
   * they are: the name is historical. The stepper marks such a step with
   * `mechanism.subjectsLabel` (else `evidence.subjectsShort`), e.g. "In rats".
   */
  inMice?: boolean;
  /** The picture at this step; needed on every step when `mechanism.scene` is given. */
  scene?: StepScene;
}

export interface Mechanism {
  title: Text;
  intro?: Statement;
  /** The picture's actors. Without it the stepper shows text steps only. */
  scene?: Scene;
  /**
   * The mark on steps flagged `inMice`, naming the study's animals in the document's language,
   * e.g. "In rats" (default: `evidence.subjectsShort`; one of the two is needed when a step is flagged).
   */
  subjectsLabel?: Text;
  /** @minItems 1 */
  steps: MechanismStep[];
}

export interface Arm {
  id: string;
  label: Text;
  /** Short name for chart labels, e.g. "Combination". */
  shortLabel: string;
  description?: Text;
}

export const RELATIONS = ['less', 'more', 'similar', 'reference'] as const;
export type Relation = (typeof RELATIONS)[number];

interface ResultBase {
  /** The arm this result belongs to. */
  arm: string;
  claims: ClaimIds;
  note?: Text;
}

/** A measured value, only when the source gives it. */
export interface MeasuredResult extends ResultBase {
  kind: 'measured';
  value: number;
  /** Group size. */
  n: number;
  /** Confidence or credible interval, [low, high]. */
  interval?: [number, number];
}

/** A direction against named comparison arms, optionally with the ratio the source states. */
export interface RelationResult extends ResultBase {
  kind: 'relation';
  relation: Relation;
  /** The arms this result is compared with (empty for `reference`). */
  to?: string[];
  /** "2" means twice the comparison arm; only when the source states it. */
  ratio?: number;
  /**
   * `not-stated`: the source gives the direction but names no comparison group, so `to` is
   * left out and the widgets say "compared with: not stated in the source".
   */
  comparison?: 'not-stated';
}

export interface NotReportedResult {
  arm: string;
  kind: 'not-reported';
  claims?: ClaimIds;
  note?: Text;
}

export type OutcomeResult = MeasuredResult | RelationResult | NotReportedResult;

export interface Outcome {
  id: string;
  label: Text;
  /**
   * The label without the groups it compares, e.g. "Dense tissue in mice" for "Dense tissue in
   * mice: plerixafor vs control": a narrow chart shows it under the line that already names those
   * groups (the row's accessible name keeps `label`). Keep the species.
   */
  shortLabel?: Text;
  /** Plain takeaway for this outcome, e.g. "Fewer lung metastases in mice given both drugs". */
  summary?: Text;
  /** Unit of measured values, e.g. "days". */
  unit?: Text;
  /** Which direction is good for the reader, used only for wording. */
  better?: 'less' | 'more';
  /**
   * Words for the directions in this outcome, e.g. { less: "lower blood pressure" }. The chart
   * writes "{words} than {groups}" for `less` and `more`, "{words} (compared with {groups})"
   * for `similar`: give the words only, never the comparison ("than", "compared with").
   */
  directionWords?: Partial<Record<'less' | 'more' | 'similar', Text>>;
  claims: ClaimIds;
  results: OutcomeResult[];
}

export interface Arms {
  title: Text;
  /** One plain sentence; says where results were in mice. */
  summary: Statement;
  /** The one sentence a reader should take away, shown first in the default (overview) view. */
  takeaway?: Statement;
  /** The design in one line: models, surgery, groups. */
  design: Statement;
  /** @minItems 1 */
  arms: Arm[];
  /** @minItems 1 */
  outcomes: Outcome[];
}

export interface LedgerEntry {
  id: string;
  text?: string;
  section?: string;
}

export interface ExplainerDocument {
  /** Optional pointer to the JSON Schema, for editors (e.g. "node_modules/study-explainers/dist/explainer.schema.json"); ignored by the widgets. */
  $schema?: string;
  schemaVersion: typeof SCHEMA_VERSION;
  /** Stable id of the study, e.g. "plerixafor-2019". */
  id: string;
  /** BCP 47 language of the document's text. */
  lang: string;
  /** True for made-up documents (tests, docs); the widgets say so. */
  example?: boolean;
  study: StudyRecord;
  evidence: Evidence;
  mechanism: Mechanism;
  arms: Arms;
  /** Optional claims ledger; when present every claim id must appear in it. */
  ledger?: LedgerEntry[];
}

/** The parts of a document every element shows (the study record for the source line, the language). */
export type ExplainerCore = Pick<ExplainerDocument, 'schemaVersion' | 'id' | 'lang' | 'example' | 'study'>;

/** The document sections, one per element: each element reads only its own and the core. */
export type ExplainerSection = 'evidence' | 'mechanism' | 'arms';

/** What `.data` and `src` may hold: one document, or one per language. */
export type ExplainerInput = ExplainerDocument | ExplainerDocument[];
