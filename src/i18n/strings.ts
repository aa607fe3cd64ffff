import { commonEn, commonEs } from './common.strings.js';
import { stepperEn, stepperEs } from '../components/mechanism-stepper/mechanism-stepper.strings.js';
import { chartEn, chartEs } from '../components/study-arms-chart/study-arms-chart.strings.js';
import { badgeEn, badgeEs } from '../components/evidence-badge/evidence-badge.strings.js';
import type { Language } from './languages.js';
import { freezeDeep } from '../base/freeze.js';
import { withOverrides, type UiStringOverrides, type UiStrings } from './ui-strings.js';

export type { UiStrings, UiStringOverrides } from './ui-strings.js';

/**
 * Every element's UI strings in every language, for the package's main entry. The elements
 * themselves import only their own section (see `uiStrings` on each class), so a one-element
 * entry point does not carry the other two elements' strings.
 */
export const strings: Readonly<Record<Language, Readonly<UiStrings>>> = Object.freeze({
  en: freezeDeep({ common: commonEn, stepper: stepperEn, chart: chartEn, badge: badgeEn }),
  es: freezeDeep({ common: commonEs, stepper: stepperEs, chart: chartEs, badge: badgeEs }),
});

/** The strings of `lang` with an instance's overrides laid on top, section by section. */
export function stringsFor(lang: Language, overrides?: UiStringOverrides): UiStrings {
  return withOverrides(strings[lang], overrides);
}
