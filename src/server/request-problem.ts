import { LANGUAGES, supportedLanguage } from '../i18n/languages.js';
import { AUDIENCES } from '../content/types.js';

/**
 * What is wrong with a render request's language or audience, in one line, or undefined: the
 * server renderer and the off-page outputs (bin/offpage/document.js) refuse the same requests in
 * the same words.
 */
export function requestProblem(lang: string, audience: string | undefined): string | undefined {
  if (!supportedLanguage(lang)) return `lang '${lang}': the widgets speak ${LANGUAGES.join(', ')}`;
  if (audience !== undefined && !(AUDIENCES as readonly string[]).includes(audience)) return `audience '${audience}': one of ${AUDIENCES.join(', ')}`;
  return undefined;
}
