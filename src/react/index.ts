/**
 * study-explainers/react: React components for the three elements, made with @lit/react. Importing
 * this defines the elements (in the browser); `study-explainers/react/<tag>` defines only one.
 * Server components render with `study-explainers/server` instead (README, "Next.js and other
 * server-rendered apps").
 */
import type { WIDGETS, Tag } from '../manifest/widgets.js';
import type { Holds } from '../types/key-checks.js';

export { MechanismStepper } from './mechanism-stepper.js';
export { StudyArmsChart } from './study-arms-chart.js';
export { EvidenceBadge } from './evidence-badge.js';
export { ELEMENT_EVENTS, reactEventProp, type ReactEventProp, type ReactEventProps } from './events.js';
export type { WrapperProps } from './props.js';
export type { ExplainerWrapper } from './wrap.js';
export type * from '../types/props.js';

/** Fails to compile when a widget of the manifest has no wrapper exported under its class name. */
export type WrappersCoverEveryWidget = Holds<[(typeof WIDGETS)[Tag]['className']] extends [keyof typeof import('./index.js')] ? true : false>;
