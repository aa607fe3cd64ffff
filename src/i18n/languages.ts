/**
 * The languages the widgets speak: the one list that the elements, the loader, the built-in
 * study, the editors and the WordPress plugin read. A new language is one entry here plus its
 * text tables; the compiler then names every table still missing it (`Record<Language, …>`).
 * No imports: the loader inlines its own copy of this module (it uses only supportedLanguage
 * and DEFAULT_LANGUAGE; the rest is tree-shaken out of it).
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What an element speaks when neither it nor the page names a supported language. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself, for language pickers (editors, builder). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

/**
 * Dates, numbers and lists in the two UI languages, written out by hand: the first
 * `Intl.DateTimeFormat` on a page loads ICU locale data, which cost about 50 ms of a
 * 4×-throttled first render (the widgets' largest single cost). The output matches Intl's
 * `dateStyle: 'long'`, `maximumFractionDigits: 10` and conjunction lists for `en` and `es`.
 */
export interface LocaleRules {
  months: readonly string[];
  /** Slots: {day} {month} {year}. */
  date: string;
  monthYear: string;
  decimal: string;
  group: string;
  /** Fewest integer digits that get group separators (Spanish leaves 1234 ungrouped). */
  groupFrom: number;
  /** The word joining the last two items; it may depend on the last item. */
  and: (last: string) => string;
  /** "a, b, and c" (English) against "a, b y c" (Spanish). */
  serialComma: boolean;
}

/** Each language's rules for dates, numbers and lists (locale.ts applies them). */
export const LOCALE_RULES: Readonly<Record<Language, LocaleRules>> = {
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    date: '{month} {day}, {year}',
    monthYear: '{month} {year}',
    decimal: '.',
    group: ',',
    groupFrom: 4,
    and: () => 'and',
    serialComma: true,
  },
  es: {
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    date: '{day} de {month} de {year}',
    monthYear: '{month} de {year}',
    decimal: ',',
    group: '.',
    groupFrom: 5,
    // "y" becomes "e" before an /i/ sound ("control e inmunoterapia"): ICU's rule, so the
    // words match Intl.ListFormat's exactly ("hielo" and "hiato" keep "y").
    and: (last) => (/^(?:i|hi$|hi[^ae])/i.test(last) ? 'e' : 'y'),
    serialComma: false,
  },
};

/** Maps a BCP 47 tag ("es-MX") to a supported language, or null when there is none. */
export function supportedLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}
