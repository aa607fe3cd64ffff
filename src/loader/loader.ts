/**
 * study-explainers loader (dist/loader.js), the default embed:
 * `<script type="module" src=".../dist/loader.js"></script>`.
 *
 * Finds the explainer tags on the page, and those added later, and imports only what they
 * need: one chunk per element type, the built-in study in each language shown, and the
 * validator only for content from `src` or inline JSON (`.data` loads it on demand). Elements
 * far below the viewport load their content when they come within about one viewport.
 */

// No static imports: anything imported here would tie loader.js to the base chunk. What it
// fetches early (content, validator) is a hint; the element asks for what it needs itself,
// and the browser's module map makes both one request.
const content = {
  'evidence-badge': {
    en: () => import('../content/default/plerixafor-2019.en.evidence.js'),
    es: () => import('../content/default/plerixafor-2019.es.evidence.js'),
  },
  'mechanism-stepper': {
    en: () => import('../content/default/plerixafor-2019.en.mechanism.js'),
    es: () => import('../content/default/plerixafor-2019.es.mechanism.js'),
  },
  'study-arms-chart': {
    en: () => import('../content/default/plerixafor-2019.en.arms.js'),
    es: () => import('../content/default/plerixafor-2019.es.arms.js'),
  },
};
const study = {
  en: () => import('../content/default/plerixafor-2019.en.study.js'),
  es: () => import('../content/default/plerixafor-2019.es.study.js'),
};
const validator = () => import('../base/external-content.js');

/** The built-in study's language for `element`, as src/base/language.ts would resolve it here. */
const contentLang = (element: Element) =>
  element.closest('[lang]')?.getAttribute('lang')?.trim().toLowerCase().split(/[-_]/)[0] === 'es' ? 'es' : 'en';

const elements: Record<string, () => Promise<unknown>> = {
  'mechanism-stepper': () => import('../components/mechanism-stepper/define.js'),
  'study-arms-chart': () => import('../components/study-arms-chart/define.js'),
  'evidence-badge': () => import('../components/evidence-badge/define.js'),
};
const selector = Object.keys(elements).join();
const started = new Set<string>();
const seen = new WeakSet<Element>();

const report = (error: unknown) => console.warn('study-explainers: could not load a part of the widgets.', error);

/**
 * Resolves once the page has painted (rAF, then a task), or after 100 ms where frames do not
 * run (a background tab). Pre-rendered widgets already show their content, so their code can
 * wait for it rather than compete with the host page's first paint.
 */
const afterFirstPaint = new Promise<void>((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve));
  setTimeout(resolve, 100);
});

/** Starts the imports one element needs (each module is fetched once, however many ask). */
function need(element: Element) {
  if (seen.has(element)) return;
  seen.add(element);
  // A declarative shadow root: the widget is pre-rendered and already on show.
  if (element.shadowRoot) afterFirstPaint.then(() => load(element));
  else load(element);
}

function load(element: Element) {
  const tag = element.localName;
  if (!started.has(tag)) {
    started.add(tag);
    // The shared base (Lit and the base element) alongside the element's chunk, rather than
    // after it, when the element chunk's static import would reveal it: one round trip less.
    if (started.size === 1) import('../base/explainer-element.js').catch(report);
    elements[tag]().catch(report);
  }
  // Fetched in parallel with the element's chunk, so no second round trip when it renders.
  if (element.hasAttribute('src') || element.querySelector(':scope > script[type="application/json"]')) validator().catch(report);
  else {
    const lang = contentLang(element);
    study[lang]().catch(report);
    content[tag as keyof typeof content][lang]().catch(report);
  }
}

function scan(root: ParentNode) {
  if (root instanceof Element && root.matches(selector)) need(root);
  root.querySelectorAll(selector).forEach(need);
}

scan(document);
new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && scan(node));
}).observe(document, { childList: true, subtree: true });
