// Layout shift on a reader's page (issue 27): every embed above the fold, each widget followed by a
// paragraph of the article (as an article places them, so text on screen moves if a widget does), fallback present, at 1200 and 390 px, CPU throttled as the rest of the bench
// and a slow network (400 ms latency, 1.6 Mbps). CLS is summed from the page's first byte until
// every widget is live and a second more has passed.
import { writeFileSync } from 'node:fs';
import { page } from './pages.js';

export const CLS_WIDTHS = [1200, 390];
const NETWORK = { offline: false, latency: 400, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
const TAGS = ['evidence-badge', 'mechanism-stepper', 'study-arms-chart'];

/** The article's paragraph after widget `i`: what moves when a widget changes height. */
const paragraph = (i) => `<p>Article text after widget ${i + 1}. A reader who started reading here must not see it move while the widget above it comes to life.</p>`;
/** The widgets' markup (one string each), each followed by a paragraph of the article. */
const article = (markup) => markup.map((widget, i) => `${widget}\n${paragraph(i)}`).join('\n');

const LOADER = '<script type="module" src="/dist/loader.js"></script>';
const CLASSIC = '<script src="/dist/study-explainers.min.js" defer></script>';
const RESIZE = '<script src="/dist/resize.js" defer></script><style>iframe{width:100%;border:0;display:block}</style>';
const frames = (heights) => TAGS.map((tag) => `<iframe src="/dist/embed.html?widget=${tag}&childId=${tag}" title="${tag}" height="${heights[tag]}"></iframe>`);

/** Each widget with its plain-text fallback (src/prerender/text-fallback.ts). */
async function textFallbackWidgets() {
  // bench/run.js stops with a message when dist/ is not built.
  const { textFallback } = await import('../dist/prerender/text-fallback.js');
  const { defaultExplainer } = await import('../dist/content/default/index.js');
  const doc = defaultExplainer.find((d) => d.lang === 'en');
  return TAGS.map((tag) => `<${tag}>${textFallback(doc, tag, { audience: 'patient' })}</${tag}>`);
}

/** Each widget pre-rendered with its plain-text version inside (render --text), as the WordPress plugin prints it. */
async function drawnWithTextWidgets() {
  const { renderMany } = await import('../bin/render.js');
  return renderMany(TAGS.map((tag) => ({ tag, text: true })));
}

/** [name, path] of each page, written for one width (the iframe snippet carries that width's heights). */
function writeClsPages({ staticWidgets, text, drawnWithText }, width, iframeHeights) {
  const pages = {
    'loader, no fallback': page('Loader, bare', LOADER, article(TAGS.map((tag) => `<${tag}></${tag}>`))),
    'loader + text fallback': page('Loader, text fallback', LOADER, article(text)),
    'classic + text fallback': page('Classic, text fallback', CLASSIC, article(text)),
    'loader + pre-rendered (README)': page('Pre-rendered + loader', LOADER, article(staticWidgets)),
    'classic + pre-rendered (README)': page('Pre-rendered + classic', CLASSIC, article(staticWidgets)),
    'loader + pre-rendered with text (--text, WordPress)': page('Pre-rendered with text + loader', LOADER, article(drawnWithText)),
    'classic + pre-rendered with text (--text, WordPress)': page('Pre-rendered with text + classic', CLASSIC, article(drawnWithText)),
    'iframe, height="600"': page('iframe, one height', RESIZE, article(frames(Object.fromEntries(TAGS.map((t) => [t, 600]))))),
    ...(iframeHeights && { 'iframe, height from the builder (README)': page('iframe, its height', RESIZE, article(frames(iframeHeights))) }),
  };
  return Object.entries(pages).map(([name, html], i) => {
    const file = `bench/pages/cls-${width}-${i}.html`;
    writeFileSync(file, html);
    return [name, `/${file}`];
  });
}

/** Loads `path` at `width` with the throttled CPU and network; resolves to its CLS and, for iframes, the heights resize.js set. */
async function loadOnce(browser, url, width, throttle) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await tab.setViewport({ width, height: 900 });
  await tab.goto(url, { waitUntil: 'load', timeout: 120000 });
  // A widget more than a viewport below the fold (the chart at 390 px) waits for the reader to
  // scroll near it: it is not waited for, and its rendering later cannot move what is on screen.
  await tab.waitForFunction(() => window.__bench.painted.length >= 3, { timeout: 20000, polling: 50 }).catch(() => undefined);
  await new Promise((r) => setTimeout(r, 1000)); // late shifts
  const result = await tab.evaluate(() => ({
    cls: window.__bench.cls,
    heights: Object.fromEntries([...document.querySelectorAll('iframe')].map((f) => [f.title, parseInt(f.style.height, 10)])),
  }));
  await context.close();
  return result;
}

/** CLS per page and width: the median of `runs` loads, and the largest. `staticWidgets`: the pre-rendered markup, one string per widget. */
export async function measureCls(browser, serverUrl, staticWidgets, throttle, runs) {
  const results = {};
  // Every page's widget markup, made once for all widths and runs.
  const widgets = { staticWidgets, text: await textFallbackWidgets(), drawnWithText: await drawnWithTextWidgets() };
  for (const width of CLS_WIDTHS) {
    // The builder's iframe snippet carries the widget's height in the column it is made for:
    // here, the heights resize.js sets at this width.
    const [[, probe]] = writeClsPages(widgets, width).filter(([name]) => name.startsWith('iframe'));
    const { heights } = await loadOnce(browser, serverUrl + probe, width, 1);
    for (const [name, path] of writeClsPages(widgets, width, heights)) {
      const values = [];
      for (let run = 0; run < runs; run += 1) values.push((await loadOnce(browser, serverUrl + path, width, throttle)).cls);
      values.sort((a, b) => a - b);
      (results[name] ??= {})[`${width} px`] = { median: values[Math.floor(values.length / 2)], max: values.at(-1) };
      console.error(`  CLS ${width} px, ${name}: ${values.map((v) => v.toFixed(3)).join(' ')}`);
    }
  }
  return results;
}

export function printCls(results) {
  console.log('\nLayout shift (CLS, median and max of the runs), article text after the widgets, CPU ×4, 400 ms / 1.6 Mbps:');
  console.table(
    Object.fromEntries(
      Object.entries(results).map(([name, byWidth]) => [
        name,
        Object.fromEntries(Object.entries(byWidth).map(([width, { median, max }]) => [width, `${median.toFixed(3)} (max ${max.toFixed(3)})`])),
      ]),
    ),
  );
}
