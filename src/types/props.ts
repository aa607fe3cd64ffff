/**
 * What each element accepts from a template, for framework typings (React JSX, Vue
 * GlobalComponents): attributes and properties by their template names, and the events each fires.
 * Pure types: importing this module registers nothing.
 */
import type { HeadingLevel, Theme } from '../base/explainer-element.js';
import type { ExplainerEventMap } from '../base/content-controller.js';
import type { Language } from '../i18n/languages.js';
import type { Audience, ExplainerDocument } from '../content/types.js';
import type { UiStringOverrides } from '../strings.js';
import type { BadgeToggleDetail } from '../components/evidence-badge/evidence-badge.js';
import type { BadgeVariant } from '../manifest/evidence-badge.js';
import type { StepChangeDetail } from '../components/mechanism-stepper/mechanism-stepper.js';
import type { ChartView } from '../manifest/study-arms-chart.js';
import type { COMMON_OPTIONS, Tag, WIDGETS } from '../manifest/widgets.js';
import type { Holds, SameKeys } from './key-checks.js';

/** Attributes and properties of all three elements. */
export interface ExplainerElementProps {
  /** URL of an explainer JSON document. */
  src?: string;
  /** An explainer document, or one per language (set as a property). */
  data?: ExplainerDocument | readonly ExplainerDocument[];
  /** BCP 47; unsupported languages fall back to English. */
  lang?: Language | (string & {});
  audience?: Audience;
  theme?: Theme;
  'heading-level'?: HeadingLevel | `${HeadingLevel}`;
  'fetch-timeout'?: number | `${number}`;
  /** UI string overrides (set as a property). */
  strings?: UiStringOverrides;
}

export interface MechanismStepperProps extends ExplainerElementProps {
  /** 0-based index of the shown step. */
  step?: number | `${number}`;
  'show-all'?: boolean;
}

export interface StudyArmsChartProps extends ExplainerElementProps {
  /** An outcome id of the document; all outcomes when absent. */
  outcome?: string;
  view?: ChartView;
  /** An arm id of the document. */
  highlight?: string;
}

export interface EvidenceBadgeProps extends ExplainerElementProps {
  variant?: BadgeVariant;
  open?: boolean;
}

/** Detail of `explainer-ready`: where the content came from, and the language shown. */
export type ExplainerReadyDetail = ExplainerEventMap['explainer-ready'];
/** Detail of `explainer-error`: what it means for the reader (`reason`), and the JSON path and message. */
export type ExplainerErrorDetail = ExplainerEventMap['explainer-error'];

/** Events every element fires (bubbling, composed), with the details the elements emit (ExplainerEventMap). */
export type ExplainerEvents = { [K in keyof ExplainerEventMap]: CustomEvent<ExplainerEventMap[K]> };

export interface MechanismStepperEvents extends ExplainerEvents {
  'step-change': CustomEvent<StepChangeDetail>;
}

export type StudyArmsChartEvents = ExplainerEvents;

export interface EvidenceBadgeEvents extends ExplainerEvents {
  'badge-toggle': CustomEvent<BadgeToggleDetail>;
}

/** Props and events per tag. */
export interface ElementTypes {
  'mechanism-stepper': { props: MechanismStepperProps; events: MechanismStepperEvents };
  'study-arms-chart': { props: StudyArmsChartProps; events: StudyArmsChartEvents };
  'evidence-badge': { props: EvidenceBadgeProps; events: EvidenceBadgeEvents };
}

/**
 * Compile-time checks against the manifest (src/manifest/): an entry per widget, and a prop for
 * each option it declares (common and own). A missing one fails here, naming the widget.
 */
export type ElementTypesCoverEveryWidget = Holds<SameKeys<keyof ElementTypes, Tag>>;
export type PropsCoverEveryOption = Holds<
  { [T in Tag]: Exclude<keyof (typeof WIDGETS)[T]['options'] | keyof typeof COMMON_OPTIONS, keyof ElementTypes[T]['props']> extends never ? true : T }[Tag] extends true ? true : false
>;

/** `addEventListener('explainer-error', (e) => e.detail.path)` is typed on any element. */
declare global {
  interface HTMLElementEventMap extends MechanismStepperEvents, EvidenceBadgeEvents {}
}
