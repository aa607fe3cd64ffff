import { isWebUrl } from './url.js';
import type { Audience, Text } from './types.js';

/** The text for this audience; plain strings serve every audience. */
export function textFor(text: Text | undefined, audience: Audience): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : text[audience];
}

/** The URL when it is http(s), else undefined: content never supplies `javascript:` links. */
export function safeUrl(url: string | undefined): string | undefined {
  return isWebUrl(url) ? url : undefined;
}

/**
 * https://doi.org/… for a DOI as the validator accepts it: bare (`10.1073/pnas.1815515116`) or as
 * authors copy it (`https://doi.org/10.…`, `doi:10.…`), never changed in the document. None of
 * those prefixes holds a digit, and a DOI starts with one.
 */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.replace(/^\D+/, '')}`;
}
