const formatters = new Map<string, Intl.DateTimeFormat>();

/** "30 January 2019" / "30 de enero de 2019" for an ISO date, read as a calendar date (UTC). */
export function formatDate(iso: string, lang: string, style: 'long' | 'month' = 'long'): string {
  const key = `${lang}:${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      style === 'month' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
    formatter = new Intl.DateTimeFormat(lang, options);
    formatters.set(key, formatter);
  }
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
}
