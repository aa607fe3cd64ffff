/**
 * The languages the widgets speak: the one list that the elements, the loader, the built-in
 * study, the editors and the WordPress plugin read. A new language is one entry here plus its
 * text tables; the compiler then names every table still missing it (`Record<Language, …>`).
 * No imports: the loader inlines this module without pulling in the base chunk.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What an element speaks when neither it nor the page names a supported language. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself, for language pickers (editors, builder). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

/** Maps a BCP 47 tag ("es-MX") to a supported language, or null when there is none. */
export function supportedLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}
