import type { ContentProblem, validateExplainer } from '../content/validate.js';
import type { ExplainerDocument, ExplainerInput, ExplainerSection } from '../content/types.js';
import { defaultDocuments, loadValidator } from './content-sources.js';
import { supportedLanguage } from './language.js';

/** Where a document came from, in precedence order. */
export type ContentOrigin = 'data' | 'inline' | 'src' | 'default';

/** What went wrong, in the reader's terms: the document is incomplete, unreadable, or never arrived. */
export type FailureReason = 'incomplete' | 'unreadable' | 'unloaded';

export type LoadResult =
  | { ok: true; document: ExplainerDocument; origin: ContentOrigin }
  | { ok: false; problem: ContentProblem; origin: ContentOrigin; reason: FailureReason };

export interface ContentRequest {
  data?: unknown;
  /** Text of a child `<script type="application/json">`, or null when there is none. */
  inline: string | null;
  src?: string;
  lang: string;
  /** The section the element shows: of the built-in study, only it and the study record are needed. */
  section: ExplainerSection;
  /** Milliseconds before a `src` fetch gives up. */
  timeout: number;
  signal: AbortSignal;
}

/** A document larger than this is refused before parsing: no explainer needs it. */
export const MAX_DOCUMENT_CHARS = 1_000_000;

const validated = new WeakMap<object, ContentProblem | null>();

/**
 * Resolves an element's content, first match wins: `.data` → inline JSON → `src` → the
 * built-in default study. Never rejects: failures come back as a problem with a JSON path.
 */
export async function loadContent(request: ContentRequest): Promise<LoadResult> {
  const origin: ContentOrigin =
    request.data !== undefined && request.data !== null ? 'data' : request.inline !== null ? 'inline' : request.src ? 'src' : 'default';
  try {
    if (origin === 'default') {
      // The built-in study is checked by the test suite, so it skips the run-time validator.
      return { ok: true, document: pick(await defaultDocuments(request.lang, request.section), request.lang).document as ExplainerDocument, origin };
    }
    // Started before a src fetch, so the two load in parallel.
    const validate = Promise.resolve(loadValidator());
    if (origin === 'data') return accept(request.data, origin, request.lang, await validate);
    if (origin === 'inline') return accept(parse(request.inline ?? ''), origin, request.lang, await validate);
    const fetched = await fetchJson(request.src ?? '', request.timeout, request.signal);
    return accept(fetched, origin, request.lang, await validate);
  } catch (error) {
    // Hostile objects (throwing getters, proxies) must end in the error state, never a rejection.
    return { ok: false, problem: { path: '', message: `could not be read (${error instanceof Error ? error.message : 'error'})` }, origin, reason: 'unreadable' };
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
    return new LoadProblem({ path: '', message: `not valid JSON (${error instanceof Error ? error.message : 'parse error'})` });
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
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) return new LoadProblem({ path: 'src', message: `HTTP ${response.status} for ${url.href}` }, 'unloaded');
    return parse(await response.text());
  } catch {
    const message = timedOut ? `no answer within ${timeout} ms from ${url.href}` : `could not fetch ${url.href}`;
    return new LoadProblem({ path: 'src', message }, 'unloaded');
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

/** Picks the document for `lang` from a list (one per language), else the first. */
function pick(input: ExplainerInput | readonly ExplainerDocument[], lang: string): { document: unknown; index: number } {
  if (!Array.isArray(input)) return { document: input, index: -1 };
  const wanted = supportedLanguage(lang) ?? lang;
  const index = input.findIndex((doc) => typeof doc?.lang === 'string' && doc.lang.toLowerCase().split('-')[0] === wanted);
  return { document: input[Math.max(index, 0)], index: Math.max(index, 0) };
}

type Validate = typeof validateExplainer;

function accept(input: unknown, origin: ContentOrigin, lang: string, validate: Validate): LoadResult {
  if (input instanceof LoadProblem) return { ok: false, problem: input.problem, origin, reason: input.reason };
  if (Array.isArray(input) && input.length === 0) return { ok: false, problem: { path: '', message: 'empty list of documents' }, origin, reason: 'incomplete' };
  const { document, index } = pick(input as ExplainerInput, lang);
  const problem = check(document, validate);
  if (!problem) return { ok: true, document: document as ExplainerDocument, origin };
  const prefix = index >= 0 ? `[${index}]` : '';
  const path = prefix && problem.path ? `${prefix}.${problem.path}` : prefix || problem.path;
  return { ok: false, problem: { path, message: problem.message }, origin, reason: 'incomplete' };
}

/** First problem of a document; results are cached so many widgets sharing one object validate once. */
function check(document: unknown, validate: Validate): ContentProblem | null {
  const cacheable = typeof document === 'object' && document !== null;
  if (cacheable && validated.has(document)) return validated.get(document) ?? null;
  const result = validate(document);
  const [first] = result.problems;
  const more = result.problems.length - 1;
  const problem = first ? { path: first.path, message: more > 0 ? `${first.message} (and ${more} more)` : first.message } : null;
  if (cacheable) validated.set(document, problem);
  return problem;
}
