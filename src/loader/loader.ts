/**
 * study-explainers loader (dist/loader.js), the default embed:
 * `<script type="module" src=".../dist/loader.js"></script>`.
 *
 * Finds the explainer tags on the page, and those added later, and imports only what they
 * need: one chunk per element type, of the built-in study the parts each element shows in each
 * language shown, and the validator only for content from `src` or inline JSON (`.data` loads it
 * on demand). Elements far below the viewport load their content when they come within about
 * one viewport; pre-rendered ones hydrate after the page's first paint, or, when their code cannot
 * be loaded, show all of their content without controls (STATIC_ATTRIBUTE).
 */

// Type imports only, and modules without imports (the language list, the built-in study's part
// modules, the static mark), which the loader build inlines as copies of its own
// (scripts/rollup-loader.js): anything else imported here would tie loader.js to the base chunk.
import { DEFAULT_LANGUAGE, supportedLanguage } from '../i18n/languages.js';
import { partModules } from '../content/default/plerixafor-2019.parts.js';
import { STATIC_ATTRIBUTE } from '../base/static-mark.js';
import type { Tag } from '../manifest/widgets.js';
// The element chunks and sections by tag, generated from the manifest (only the loader imports it).
import { SECTION, elements } from './elements.js';
const sources = () => import('./lazy-sources.js');
const defining = () => import('../base/define.js').then((m) => m.defineElement);

/** The built-in study's language for `element`, resolved as the element resolves it. */
const contentLang = (element: Element) => supportedLanguage(element.closest('[lang]')?.getAttribute('lang')) ?? DEFAULT_LANGUAGE;

const selector = Object.keys(elements).join();

const started = new Set<string>();
const seen = new WeakSet<Element>();
/** Tags whose code (base or element chunk) could not be loaded. */
const lost = new Set<string>();

const report = (error: unknown) => console.warn('study-explainers: could not load a part of the widgets.', error);

/**
 * Its code could not be loaded: a pre-rendered `host` shows all of its content without the
 * controls that need script (src/base/static-layout.ts). A defined element owns the mark instead
 * (ExplainerElement sets it when its content cannot be fetched and clears it on every other
 * update), so a host defined by another copy (the classic file, the npm build) is left alone, and
 * one defined later clears the mark itself.
 */
function lose(host: Element) {
  if (!host.matches(':defined')) host.setAttribute(STATIC_ATTRIBUTE, '');
}

/**
 * Resolves once the page has painted (rAF, then a task), or after 100 ms where frames do not
 * run (a background tab). Pre-rendered widgets already show their content, so their code can
 * wait for it rather than compete with the host page's first paint.
 */
const afterFirstPaint = new Promise<void>((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve));
  setTimeout(resolve, 100);
});

/**
 * The widgets found by the first scan are defined together, once all their code and content
 * are in: they then render in one task, so the page lays out and paints once, not once per
 * arriving chunk with loading lines in between. Later ones are defined as their code arrives.
 */
let firstScan: Promise<unknown>[] | undefined = [];
/**
 * How long the first scan's widgets wait for each other. A healthy page's chunks all arrive well
 * within it (a few round trips), so they still render together; past it one slow or lost chunk
 * would hold every widget on its fallback, so each then renders as soon as its own chunks are in.
 * 1.5 s leaves those widgets inside the 2.5 s a page has for a good Largest Contentful Paint.
 */
const FIRST_RENDER_DEADLINE_MS = 1500;
let releaseFirst!: () => void;
const firstBatch = new Promise<void>((resolve) => (releaseFirst = resolve));

/** Starts the imports one element needs (each module is fetched once, however many ask). */
function need(element: Element) {
  if (seen.has(element)) return;
  seen.add(element);
  // A declarative shadow root: the widget is pre-rendered and already on show.
  if (element.shadowRoot) afterFirstPaint.then(() => load(element));
  else load(element);
}

function load(element: Element) {
  const tag = element.localName as Tag;
  const batch = firstScan;
  const wait = <T>(promise: Promise<T>) => (batch?.push(promise.catch(() => undefined)), promise);
  if (element.hasAttribute('src') || element.querySelector(':scope > script[type="application/json"]')) {
    wait(sources().then((m) => m.loadExternalContent())).catch(report);
  } else {
    const lang = contentLang(element);
    // Started at once so their requests go out beside the element chunks; the same modules reached
    // through the base chunk's lazy-sources are then no second request.
    partModules[lang].study().catch(report);
    partModules[lang][SECTION[tag]]().catch(report);
    // The document the element will ask for, made now: it then arrives within the element's first update.
    wait(sources().then((m) => m.defaultDocuments(lang, SECTION[tag]))).catch(report);
  }
  if (started.has(tag)) return void (lost.has(tag) && lose(element));
  started.add(tag);
  // The shared base (Lit, the base element, define) comes beside the element's chunk, rather
  // than after it, when the element chunk's static import would reveal it: one round trip less.
  const code = wait(Promise.all([defining(), elements[tag]()]));
  Promise.all([code, batch && firstBatch]).then(
    ([[define, ctor]]) => define(tag, ctor),
    (error) => {
      lost.add(tag);
      report(error);
      document.querySelectorAll(tag).forEach((host) => lose(host));
    },
  );
}

function scan(root: ParentNode) {
  if (root instanceof Element && root.matches(selector)) need(root);
  root.querySelectorAll(selector).forEach(need);
}

scan(document);
Promise.race([Promise.all(firstScan), new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_DEADLINE_MS))]).then(releaseFirst);
firstScan = undefined;
new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && scan(node));
}).observe(document, { childList: true, subtree: true });
