// The "worst valid document" row of `npm run bench`: the stepper given the document at every
// limit that multiplies its work (bench/worst-document.js), each step drawn in turn and then all
// of them (show-all), with the CPU throttled as for the other rows. A step's time runs from
// setting it to the end of the frame's style and layout (issue #25 wants under 200 ms a step).
import { readFileSync } from 'node:fs';
import { LIMITS } from '../dist/content/limits.js';
import { worstDocument } from './worst-document.js';

const base = JSON.parse(readFileSync('dist/content/plerixafor-2019.en.json', 'utf8'));
export const WORST_DOCUMENT = worstDocument(base, LIMITS);

/** Runs in the page: draws every step of `doc`, then all of them; times and node counts. */
async function drawEveryStep(doc) {
  const el = document.createElement('mechanism-stepper');
  const count = () => {
    const walker = document.createTreeWalker(el.shadowRoot);
    let n = 0;
    while (walker.nextNode()) n += 1;
    return n;
  };
  /** Milliseconds until `change` is drawn: the element's update, then style and layout. */
  const timed = async (change) => {
    const start = performance.now();
    await change();
    await el.updateComplete;
    el.shadowRoot.firstElementChild?.getBoundingClientRect();
    return performance.now() - start;
  };
  const steps = [];
  // The first step is drawn once the document has been checked and shown (explainer-ready), not at
  // the first update, which only starts loading it.
  const shown = new Promise((resolve) => {
    el.addEventListener('explainer-ready', resolve, { once: true });
    el.addEventListener('explainer-error', resolve, { once: true });
  });
  const first = await timed(async () => {
    el.data = doc;
    document.body.append(el);
    await shown;
  });
  // A document the stepper refuses would time its error message: say so instead.
  if (!el.shadowRoot.querySelector('svg')) throw new Error('the stepper refused the worst document: rebuild (npm run build)');
  steps.push({ ms: first, nodes: count() });
  for (let i = 1; i < doc.mechanism.steps.length; i += 1) {
    const ms = await timed(() => (el.step = i));
    steps.push({ ms, nodes: count() });
  }
  const showAll = await timed(() => (el.showAll = true));
  return { steps, showAll: { ms: showAll, nodes: count() } };
}

/** Measures the worst document `runs` times in fresh throttled pages of `serverUrl`. */
export async function measureWorst(browser, serverUrl, throttle, runs) {
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(`${serverUrl}/bench/pages/blank.html`, { waitUntil: 'load' });
    await page.addScriptTag({ url: '/dist/study-explainers.min.js' });
    await page.waitForFunction(() => customElements.get('mechanism-stepper'));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    samples.push(await page.evaluate(drawEveryStep, WORST_DOCUMENT));
    await context.close();
  }
  const perStep = samples.flatMap((s) => s.steps.map((step) => step.ms));
  const sorted = [...perStep].sort((a, b) => a - b);
  return {
    actors: LIMITS.actors,
    steps: LIMITS.steps,
    actorLabelChars: LIMITS.actorLabelChars,
    documentChars: JSON.stringify(WORST_DOCUMENT).length,
    stepMs: { median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1], first: Math.max(...samples.map((s) => s.steps[0].ms)) },
    stepNodes: Math.max(...samples.flatMap((s) => s.steps.map((step) => step.nodes))),
    showAllMs: Math.max(...samples.map((s) => s.showAll.ms)),
    showAllNodes: samples[0].showAll.nodes,
  };
}
