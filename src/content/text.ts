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
 * A DOI as authors copy it: bare (`10.1073/pnas.1815515116`), as a link (`https://doi.org/…`,
 * `http://dx.doi.org/…`) or with `doi:` before it. The validator accepts all three and leaves the
 * document as written; doiUrl drops the prefix.
 */
export const DOI_PREFIX = /^(https?:\/\/(dx\.)?doi\.org\/|doi:)/i;

/** https://doi.org/… for a DOI in any of the forms above. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.replace(DOI_PREFIX, '')}`;
}
