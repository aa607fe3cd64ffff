import { mechanismStepper } from './mechanism-stepper.js';
import { studyArmsChart } from './study-arms-chart.js';
import { evidenceBadge } from './evidence-badge.js';
import type { WidgetManifest } from './types.js';

/** The compiler refuses an entry whose key is not its own tag. */
function keyedByTag<T extends Record<string, WidgetManifest>>(widgets: T & { [K in keyof T]: { tag: K } }): T {
  return widgets;
}

export { COMMON_OPTIONS } from './common-options.js';
export type { WidgetManifest, WidgetOption, OptionKind } from './types.js';

/**
 * Every widget, by tag: the one list. A new widget is a declaration file beside these and one
 * entry here; the compiler then names each table keyed by `Tag` that lacks it (the loader, the
 * framework typings, the define modules), and `npm run generate -- --check` names generated
 * files that are out of date (WordPress blocks and options).
 */
export const WIDGETS = keyedByTag({
  'mechanism-stepper': mechanismStepper,
  'study-arms-chart': studyArmsChart,
  'evidence-badge': evidenceBadge,
});

export type Tag = keyof typeof WIDGETS;
export type SectionOf<T extends Tag> = (typeof WIDGETS)[T]['section'];
export type StringsKeyOf<T extends Tag> = (typeof WIDGETS)[T]['strings'];

export const TAGS = Object.keys(WIDGETS) as Tag[];

/** A widget option's default, as a type: `'chart' satisfies OptionDefault<'study-arms-chart', 'view'>` ties a literal to it. */
export type OptionDefault<T extends Tag, O extends keyof (typeof WIDGETS)[T]['options']> = (typeof WIDGETS)[T]['options'][O] extends { default: infer D } ? D : never;
