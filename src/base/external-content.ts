import { DOCUMENT_CHARS } from '../content/limits.js';
import { validateExplainer, type ContentProblem } from '../content/validate.js';
import type { ExplainerInput, ExplainerDocument } from '../content/types.js';
import { errorText } from '../util/error-text.js';
import { failed, pick, type ContentOrigin, type ContentRequest, type FailureReason, type LoadResult } from './content-request.js';

/**
 * Content from `.data`, inline JSON or `src`: parsed, fetched and validated here. The loader
 * imports this module (with the validator) only for elements given such content.
 */

/** A document larger than this is refused before parsing (../content/limits.ts): no explainer needs it. */
export const MAX_DOCUMENT_CHARS = DOCUMENT_CHARS;

/**
 * `<meta name="study-explainers-src" content="same-origin">` (dist/embed.html carries it): `src`
 * documents come only from the page's own origin, also after redirects (fetch's same-origin mode
 * fails on any other), so nobody can show their text under the page's name. It can only narrow
 * what is fetched: page markup gains nothing by adding it.
 */
const ownOriginOnly = () => !!document.querySelector('meta[name=study-explainers-src][content=same-origin]');

/** The longest delay setTimeout keeps (2^31 − 1 ms, about 24.8 days): a longer `fetch-timeout`, or Infinity, would fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

const validated = new WeakMap<object, ContentProblem | null>();

/**
 * Loads, parses and validates `.data`, inline JSON or `src` (whichever `origin` names). `.data`
 * is answered at once, not in a promise: a server render has no later (src/server/load-now.ts).
 */
export function loadExternal(request: ContentRequest, origin: ContentOrigin): LoadResult | Promise<LoadResult> {
  if (origin !== 'data') return loadText(request, origin);
  try {
    return accept(request.data, origin, request.lang);
  } catch (error) {
    return failed(error, origin);
  }
}

async function loadText(request: ContentRequest, origin: ContentOrigin): Promise<LoadResult> {
  try {
    if (origin === 'inline') return accept(parse(request.inline ?? ''), origin, request.lang);
    return accept(await fetchJson(request.src ?? '', request.timeout, request.signal), origin, request.lang);
  } catch (error) {
    return failed(error, origin);
  }
}

class LoadProblem {
  constructor(
    readonly problem: ContentProblem,
    readonly reason: FailureReason = 'unreadable',
  ) {}
}

function parse(text: string): unknown {
  if (text.length > MAX_DOCUMENT_CHARS) return new LoadProblem({ path: '', message: `document larger than ${MAX_DOCUMENT_CHARS} characters` });
  try {
    return JSON.parse(text);
  } catch (error) {
    return new LoadProblem({ path: '', message: `not valid JSON (${errorText(error, 'parse error')})` });
  }
}

async function fetchJson(src: string, timeout: number, signal: AbortSignal): Promise<unknown> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return new LoadProblem({ path: 'src', message: `not a valid URL: '${src}'` }, 'unloaded');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return new LoadProblem({ path: 'src', message: `only http: and https: URLs are fetched, not '${url.protocol}'` }, 'unloaded');
  }
  const mode = ownOriginOnly() ? 'same-origin' : 'cors';
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, Math.min(timeout, MAX_TIMEOUT_MS));
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', mode });
    if (!response.ok) return new LoadProblem({ path: 'src', message: `HTTP ${response.status} for ${url.href}` }, 'unloaded');
    return parse(await readAtMost(response, MAX_DOCUMENT_CHARS));
  } catch {
    const message = timedOut ? `no answer within ${timeout} ms from ${url.href}` : `could not fetch ${url.href} (${mode})`;
    return new LoadProblem({ path: 'src', message }, 'unloaded');
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
    // Ends the request once its body is read or abandoned: cancelling the body's reader alone
    // leaves WebKit's network process downloading the rest of an oversized answer.
    controller.abort();
  }
}

/**
 * The body's text, or as much as makes it longer than `limit` characters (then parse refuses it):
 * a 50 MB answer is not read to the end only to be refused.
 */
async function readAtMost(response: Response, limit: number): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    text += decoder.decode(value, { stream: !done });
    if (done) return text;
    if (text.length > limit) {
      reader.cancel().catch(() => undefined);
      return text;
    }
  }
}

function accept(input: unknown, origin: ContentOrigin, lang: string): LoadResult {
  if (input instanceof LoadProblem) return { ok: false, problem: input.problem, origin, reason: input.reason };
  if (Array.isArray(input) && input.length === 0) return { ok: false, problem: { path: '', message: 'empty list of documents' }, origin, reason: 'incomplete' };
  const { document, index } = pick(input as ExplainerInput, lang);
  const problem = check(document);
  if (!problem) return { ok: true, document: document as ExplainerDocument, origin };
  const prefix = index >= 0 ? `[${index}]` : '';
  const path = prefix && problem.path ? `${prefix}.${problem.path}` : prefix || problem.path;
  return { ok: false, problem: { path, message: problem.message }, origin, reason: 'incomplete' };
}

/** First problem of a document; results are cached so many widgets sharing one object validate once. */
function check(document: unknown): ContentProblem | null {
  const cacheable = typeof document === 'object' && document !== null;
  if (cacheable && validated.has(document)) return validated.get(document) ?? null;
  const result = validateExplainer(document);
  const [first] = result.problems;
  const more = result.problems.length - 1;
  const problem = first ? { path: first.path, message: more > 0 ? `${first.message} (and ${more} more)` : first.message } : null;
  if (cacheable) validated.set(document, problem);
  return problem;
}
