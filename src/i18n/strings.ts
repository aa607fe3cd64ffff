import { commonEn, commonEs, type CommonStrings } from './common.strings.js';
import { stepperEn, stepperEs, type StepperStrings } from '../components/mechanism-stepper/mechanism-stepper.strings.js';
import { chartEn, chartEs, type ChartStrings } from '../components/study-arms-chart/study-arms-chart.strings.js';
import { badgeEn, badgeEs, type BadgeStrings } from '../components/evidence-badge/evidence-badge.strings.js';
import type { Language } from '../base/language.js';

/** Every UI string (buttons, labels, announcements, errors) of one language. */
export interface UiStrings {
  common: CommonStrings;
  stepper: StepperStrings;
  chart: ChartStrings;
  badge: BadgeStrings;
}

/** Per-instance overrides: `el.strings = { stepper: { next: 'Forward' } }`. */
export type UiStringOverrides = { [K in keyof UiStrings]?: Partial<UiStrings[K]> };

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const part of Object.values(value)) if (typeof part === 'object' && part) Object.freeze(part);
  return Object.freeze(value);
}

export const strings: Readonly<Record<Language, Readonly<UiStrings>>> = Object.freeze({
  en: deepFreeze({ common: commonEn, stepper: stepperEn, chart: chartEn, badge: badgeEn }),
  es: deepFreeze({ common: commonEs, stepper: stepperEs, chart: chartEs, badge: badgeEs }),
});

/** The strings of `lang` with an instance's overrides laid on top, section by section. */
export function stringsFor(lang: Language, overrides?: UiStringOverrides): UiStrings {
  const base = strings[lang];
  if (!overrides) return base;
  const merged = { ...base } as UiStrings;
  for (const key of Object.keys(base) as Array<keyof UiStrings>) {
    const extra = overrides[key];
    if (extra && typeof extra === 'object') (merged[key] as object) = { ...base[key], ...extra };
  }
  return merged;
}
