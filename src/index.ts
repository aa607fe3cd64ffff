/** study-explainers: the element classes, content model and helpers. Importing this registers nothing. */
export { ExplainerElement, THEMES, HEADING_LEVELS } from './base/explainer-element.js';
export { WIDGETS, TAGS, COMMON_OPTIONS, type Tag, type WidgetManifest, type WidgetOption } from './manifest/widgets.js';
export type { Theme, HeadingLevel, RenderContext, ExplainerEventMap } from './base/explainer-element.js';
export { defineElement } from './base/define.js';
export { LANGUAGES, type Language } from './i18n/languages.js';
export { MechanismStepper } from './components/mechanism-stepper/mechanism-stepper.js';
export { StudyArmsChart } from './components/study-arms-chart/study-arms-chart.js';
export { EvidenceBadge } from './components/evidence-badge/evidence-badge.js';
export { defaultExplainer } from './content/default/index.js';
export { validateExplainer, formatProblem, isWebUrl } from './content/validate.js';
export type { ContentProblem, ValidationResult, ValidateOptions } from './content/validate.js';
export * from './content/types.js';
export { strings, stringsFor } from './i18n/strings.js';
export type { UiStrings, UiStringOverrides } from './i18n/strings.js';
export { VERSION } from './version.js';
export type * from './types/props.js';
