import { commonEn, commonEs, type CommonStrings } from './common.strings.js';
import type { Language } from './languages.js';
import { freezeDeep } from '../base/freeze.js';
import type { StepperStrings } from '../components/mechanism-stepper/mechanism-stepper.strings.js';
import type { ChartStrings } from '../components/study-arms-chart/study-arms-chart.strings.js';
import type { BadgeStrings } from '../components/evidence-badge/evidence-badge.strings.js';

/** Every UI string (buttons, labels, announcements, errors) of one language. */
export interface UiStrings {
  common: CommonStrings;
  stepper: StepperStrings;
  chart: ChartStrings;
  badge: BadgeStrings;
}

/** Per-instance overrides: `el.strings = { stepper: { next: 'Forward' } }`. */
export type UiStringOverrides = { [K in keyof UiStrings]?: Partial<UiStrings[K]> };

/** The sections one element needs: the common strings and its own. */
export type UiStringSections = Pick<UiStrings, 'common'> & Partial<UiStrings>;

/** `base` with an instance's overrides laid on top, section by section (unknown sections are ignored). */
export function withOverrides<T extends Partial<UiStrings>>(base: T, overrides?: UiStringOverrides): T {
  if (!overrides) return base;
  const merged = { ...base };
  for (const key of Object.keys(base) as Array<keyof UiStrings>) {
    const extra = overrides[key];
    if (extra && typeof extra === 'object') (merged[key] as object) = { ...base[key], ...extra };
  }
  return merged;
}

/** An element's strings by language: the common section plus its own (`key`). */
export function elementStrings<K extends keyof UiStrings>(key: K, own: Record<Language, UiStrings[K]>): Record<Language, UiStringSections> {
  return {
    en: freezeDeep({ common: commonEn, [key]: own.en }),
    es: freezeDeep({ common: commonEs, [key]: own.es }),
  };
}
