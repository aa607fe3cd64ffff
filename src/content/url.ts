/** Longest string accepted in any field: long enough for any paragraph, short enough to stop abuse. */
export const MAX_STRING = 4000;

/**
 * True for `http:` and `https:` URLs: the only links a widget renders. A user name or password
 * in a link (`https://user:pass@host`) is refused: it hides the real host from a reader.
 */
export function isWebUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_STRING) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !(url.username + url.password);
  } catch {
    return false;
  }
}
