export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The nearest `lang` attribute at or above `node`, crossing shadow-root boundaries. */
export function inheritedLang(node: Node): string | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang');
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return null;
}

/** Maps a BCP 47 tag ("es-MX") to a supported language, or null when there is none. */
export function supportedLanguage(tag: string | null): Language | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}
