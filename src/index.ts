/** study-explainers: the element classes, content model and helpers. Importing this registers no element. */
import { setContentSources } from './base/content-sources.js';
import { staticSources } from './base/static-sources.js';

export { ExplainerElement, THEMES, HEADING_LEVELS } from './base/explainer-element.js';
export { WIDGETS, TAGS, COMMON_OPTIONS, type Tag, type WidgetManifest, type WidgetOption } from './manifest/widgets.js';
export { BADGE_VARIANTS, type BadgeVariant } from './manifest/evidence-badge.js';
export { CHART_VIEWS, type ChartView } from './manifest/study-arms-chart.js';
export type { Theme, HeadingLevel, RenderContext, ExplainerEventMap } from './base/explainer-element.js';
export { defineElement } from './base/define.js';
export { setContentSources, type ContentSources } from './base/content-sources.js';
export { staticSources } from './base/static-sources.js';
export type { SectionDocument } from './base/content-request.js';
export { LANGUAGES, type Language } from './i18n/languages.js';
export { MechanismStepper } from './components/mechanism-stepper/mechanism-stepper.js';
export { StudyArmsChart } from './components/study-arms-chart/study-arms-chart.js';
export { EvidenceBadge } from './components/evidence-badge/evidence-badge.js';
export { defaultExplainer } from './content/default/index.js';
export { validateExplainer, formatProblem, isWebUrl } from './content/validate.js';
export type { ContentProblem, ValidationResult, ValidateOptions } from './content/validate.js';
export * from './content/types.js';
export { strings, stringsFor } from './strings.js';
export type { UiStrings, UiStringOverrides } from './strings.js';
export { VERSION } from './version.js';
export type * from './types/props.js';

// Elements defined from these classes (`customElements.define('my-stepper', …)`) show the whole
// built-in study and accept content of their own. A bundler that drops this module's own code
// (package.json "sideEffects") drops this too: then call setContentSources(staticSources) yourself.
setContentSources(staticSources);
