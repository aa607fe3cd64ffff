// The "worst valid document" rows of `npm run bench`: the stepper given the document at every
// limit that multiplies its work (bench/worst-document.js), each step drawn in turn and then all
// of them (show-all), with the CPU throttled as for the other rows. A step's time runs from
// setting it to the end of the frame's style and layout (issue #25 wants under 200 ms a step).
//
// The steps are timed once the page has drawn one stepper already (the built-in study, in
// another language, then removed): what is left is the work this document asks for. The first
// use of the library on a page (compiling its code, parsing its style sheet) costs the same for
// any document, so it is its own row: the first step of the built-in study and of the worst
// document, each in a fresh page, where the difference between the two is again the document's.
import { readFileSync } from 'node:fs';
import { LIMITS } from '../dist/content/limits.js';
import { worstDocument } from './worst-document.js';

const builtIn = (lang) => JSON.parse(readFileSync(`dist/content/plerixafor-2019.${lang}.json`, 'utf8'));
export const WORST_DOCUMENT = worstDocument(builtIn('en'), LIMITS);
/** Drawn first to warm the page up: another language than the worst document's, so nothing of it is reused. */
const WARM_UP = builtIn('es');
/** The target of issue #25, per step. */
export const STEP_TARGET_MS = 200;

/** Runs in the page: draws `doc`'s first step in a new stepper and times it until shown and laid out. */
async function drawFirstStep(doc) {
  const el = document.createElement('mechanism-stepper');
  el.className = 'bench-stepper';
  // The first step is drawn once the document has been checked and shown (explainer-ready), not at
  // the first update, which only starts loading it.
  const shown = new Promise((resolve) => {
    el.addEventListener('explainer-ready', resolve, { once: true });
    el.addEventListener('explainer-error', resolve, { once: true });
  });
  const start = performance.now();
  el.data = doc;
  document.body.append(el);
  await shown;
  await el.updateComplete;
  el.shadowRoot.firstElementChild?.getBoundingClientRect();
  const ms = performance.now() - start;
  // A document the stepper refuses would time its error message: say so instead.
  if (!el.shadowRoot.querySelector('svg')) throw new Error('the stepper refused the document: rebuild (npm run build)');
  return ms;
}

/** Runs in the page, on the stepper drawFirstStep left: every further step, then all of them; times and node counts. */
async function drawEveryStep(first) {
  const el = document.querySelector('.bench-stepper');
  const count = () => {
    const walker = document.createTreeWalker(el.shadowRoot);
    let n = 0;
    while (walker.nextNode()) n += 1;
    return n;
  };
  /** Milliseconds until `change` is drawn: the element's update, then style and layout. */
  const timed = async (change) => {
    const start = performance.now();
    change();
    await el.updateComplete;
    el.shadowRoot.firstElementChild?.getBoundingClientRect();
    return performance.now() - start;
  };
  const steps = [{ ms: first, nodes: count() }];
  for (let i = 1; i < el.data.mechanism.steps.length; i += 1) {
    const ms = await timed(() => (el.step = i));
    steps.push({ ms, nodes: count() });
  }
  const showAll = await timed(() => (el.showAll = true));
  return { steps, showAll: { ms: showAll, nodes: count() } };
}

/** A fresh page of `serverUrl` with the classic bundle and a throttled CPU. */
async function freshPage(browser, serverUrl, throttle) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(`${serverUrl}/bench/pages/blank.html`, { waitUntil: 'load' });
  await page.addScriptTag({ url: '/dist/study-explainers.min.js' });
  await page.waitForFunction(() => customElements.get('mechanism-stepper'));
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { page, close: () => context.close() };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Measures the worst document `runs` times, each in fresh throttled pages of `serverUrl`. */
export async function measureWorst(browser, serverUrl, throttle, runs) {
  const samples = [];
  const cold = { builtIn: [], worst: [] };
  const coldDocuments = { builtIn: builtIn('en'), worst: WORST_DOCUMENT };
  for (let run = 0; run < runs; run += 1) {
    for (const [name, doc] of Object.entries(coldDocuments)) {
      const fresh = await freshPage(browser, serverUrl, throttle);
      cold[name].push(await fresh.page.evaluate(drawFirstStep, doc));
      await fresh.close();
    }
    const warm = await freshPage(browser, serverUrl, throttle);
    await warm.page.evaluate(drawFirstStep, WARM_UP);
    await warm.page.evaluate(() => document.querySelector('.bench-stepper').remove());
    const first = await warm.page.evaluate(drawFirstStep, WORST_DOCUMENT);
    samples.push(await warm.page.evaluate(drawEveryStep, first));
    await warm.close();
  }
  const perStep = samples.flatMap((s) => s.steps.map((step) => step.ms));
  const showAllPerStep = Math.max(...samples.map((s) => s.showAll.ms)) / LIMITS.steps;
  const stepMs = { first: Math.max(...samples.map((s) => s.steps[0].ms)), median: median(perStep), max: Math.max(...perStep) };
  return {
    actors: LIMITS.actors,
    steps: LIMITS.steps,
    actorLabelChars: LIMITS.actorLabelChars,
    documentChars: JSON.stringify(WORST_DOCUMENT).length,
    stepMs,
    stepNodes: Math.max(...samples.flatMap((s) => s.steps.map((step) => step.nodes))),
    showAllMs: Math.max(...samples.map((s) => s.showAll.ms)),
    showAllMsPerStep: showAllPerStep,
    showAllNodes: samples[0].showAll.nodes,
    targetMs: STEP_TARGET_MS,
    withinTarget: stepMs.max < STEP_TARGET_MS && showAllPerStep < STEP_TARGET_MS,
    coldFirstStepMs: { builtIn: median(cold.builtIn), worst: median(cold.worst) },
  };
}
