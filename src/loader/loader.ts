/**
 * study-explainers loader (dist/loader.js), the default embed:
 * `<script type="module" src=".../dist/loader.js"></script>`.
 *
 * Finds the explainer tags on the page, and those added later, and imports only what they
 * need: one chunk per element type, the built-in study in each language shown, and the
 * validator only for content from `src` or inline JSON (`.data` loads it on demand). Elements
 * far below the viewport load their content when they come within about one viewport.
 */
import { inheritedLang, supportedLanguage } from '../base/language.js';
import { defaultDocuments, loadValidator } from './lazy-sources.js';

const elements: Record<string, () => Promise<unknown>> = {
  'mechanism-stepper': () => import('../components/mechanism-stepper/define.js'),
  'study-arms-chart': () => import('../components/study-arms-chart/define.js'),
  'evidence-badge': () => import('../components/evidence-badge/define.js'),
};
const selector = Object.keys(elements).join();
const started = new Set<string>();
const seen = new WeakSet<Element>();

const report = (error: unknown) => console.warn('study-explainers: could not load a part of the widgets.', error);

/** Starts the imports one element needs (each module is fetched once, however many ask). */
function need(element: Element) {
  if (seen.has(element)) return;
  seen.add(element);
  const tag = element.localName;
  if (!started.has(tag)) {
    started.add(tag);
    elements[tag]().catch(report);
  }
  // Fetched in parallel with the element's chunk, so no second round trip when it renders.
  if (element.hasAttribute('src') || element.querySelector(':scope > script[type="application/json"]')) loadValidator().catch(report);
  else defaultDocuments(supportedLanguage(inheritedLang(element)) ?? 'en').catch(report);
}

function scan(root: ParentNode) {
  if (root instanceof Element && root.matches(selector)) need(root);
  root.querySelectorAll(selector).forEach(need);
}

scan(document);
new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && scan(node));
}).observe(document, { childList: true, subtree: true });
