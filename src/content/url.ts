import { LIMITS } from './limits.js';

/** Longest string accepted in any field (./limits.ts). */
export const MAX_STRING = LIMITS.stringChars;

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
