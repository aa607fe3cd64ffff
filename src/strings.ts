import { commonStrings, type CommonStrings } from './i18n/common.strings.js';
import { stepperStrings, type StepperStrings } from './components/mechanism-stepper/mechanism-stepper.strings.js';
import { chartStrings, type ChartStrings } from './components/study-arms-chart/study-arms-chart.strings.js';
import { badgeStrings, type BadgeStrings } from './components/evidence-badge/evidence-badge.strings.js';
import { LANGUAGES, type Language } from './i18n/languages.js';
import { freezeDeep } from './util/freeze.js';
import { withOverrides, type StringOverrides } from './i18n/ui-strings.js';
import type { StringsKeyOf, Tag } from './manifest/widgets.js';
import type { Holds, SameKeys } from './types/key-checks.js';

/**
 * Every element's UI strings in every language, for the package's main entry. It stands above
 * the elements: each element imports only the common section and its own (`elementStrings`),
 * so a one-element entry point does not carry the other two elements' strings.
 */

/** Every UI string (buttons, labels, announcements, errors) of one language. */
export interface UiStrings {
  common: CommonStrings;
  stepper: StepperStrings;
  chart: ChartStrings;
  badge: BadgeStrings;
}

/** Compile-time: a section for each widget's strings key (src/manifest/), and no other. */
export type UiStringsCoverEveryWidget = Holds<SameKeys<Exclude<keyof UiStrings, 'common'>, StringsKeyOf<Tag>>>;

/** Per-instance overrides: `el.strings = { stepper: { next: 'Forward' } }`. */
export type UiStringOverrides = StringOverrides<UiStrings>;

export const strings: Readonly<Record<Language, Readonly<UiStrings>>> = Object.freeze(
  Object.fromEntries(
    LANGUAGES.map((lang) => [lang, freezeDeep({ common: commonStrings[lang], stepper: stepperStrings[lang], chart: chartStrings[lang], badge: badgeStrings[lang] })]),
  ) as Record<Language, UiStrings>,
);

/** The strings of `lang` with an instance's overrides laid on top, section by section. */
export function stringsFor(lang: Language, overrides?: UiStringOverrides): UiStrings {
  return withOverrides(strings[lang], overrides);
}
