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

/** https://doi.org/… for a DOI. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}
