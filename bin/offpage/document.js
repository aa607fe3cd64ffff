// The document an off-page output is drawn from, checked as the widgets check it, and the
// context every output reads its words through: the document's language for the UI words (as the
// text fallback does, so no output mixes two languages), the audience's text.
import { validateExplainer, formatProblem } from '../../dist/content/validate.js';
import { defaultExplainer } from '../../dist/content/default/index.js';
import { pick } from '../../dist/base/content-request.js';
import { DEFAULT_LANGUAGE } from '../../dist/i18n/languages.js';
import { requestProblem } from '../../dist/server/request-problem.js';
import { contextFor } from '../../dist/prerender/text-fallback.js';
import { offPageStrings } from '../../dist/i18n/common.strings.js';

import { RequestProblem } from './problem.js';

export { RequestProblem };

/**
 * `{ doc, input, lang, audience, ui, words, t }` for a request `{ document, lang, audience }`:
 * `document` is a document, a list (one per language) or undefined (the built-in study); `input`
 * is what the widgets are given (undefined for the built-in study).
 */
export function resolveDocument({ document, lang = DEFAULT_LANGUAGE, audience = 'patient' } = {}) {
  const problem = requestProblem(lang, audience);
  if (problem) throw new RequestProblem(problem);
  const given = document !== undefined && document !== null;
  const list = given ? (Array.isArray(document) ? document : [document]) : defaultExplainer;
  if (!list.length) throw new RequestProblem('(document): an empty list holds no document');
  const chosen = pick(list, lang).document;
  const result = validateExplainer(chosen);
  if (!result.document) throw new RequestProblem(result.problems.map(formatProblem).join('; '));
  const context = contextFor(result.document, { lang, audience });
  return { ...context, input: given ? document : undefined, audience, words: offPageStrings[context.lang] };
}
