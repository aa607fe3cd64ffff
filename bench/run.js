#!/usr/bin/env node
// npm run bench [-- --quick] [-- --no-lighthouse] [-- --render]: what the widgets cost a host page
// (script embed, loader, pre-rendered HTML hydrated by either), against the static limit, the iframe
// embed and a Chart.js chart; and how fast pre-rendering is, in Node and in Chromium (bench/render.js;
// `--render` runs only that). Medians (min–max) over alternating runs
// in Debian's Chromium with the CPU throttled 4×; writes bench/results.json. Reports only:
// these machines are shared and noisy, so nothing here passes or fails.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { chromeArgs, launchChromium, serveRoot } from '../scripts/browser.js';
import { writePages } from './pages.js';
import { renderMany } from '../bin/render.js';
import { measureWorst } from './worst.js';
import { measureCls, printCls } from './cls.js';
import { median } from './stats.js';
import { measureRender, printRender } from './render.js';

const quick = process.argv.includes('--quick');
const runs = quick ? 3 : Math.max(7, Number(process.env.BENCH_RUNS || 7));
const withLighthouse = !process.argv.includes('--no-lighthouse') && !quick;
// `npm run bench -- --cls`: only the layout-shift table (bench/cls.js).
const clsOnly = process.argv.includes('--cls');
const renderOnly = process.argv.includes('--render');
const THROTTLE = 4;

if (!existsSync('dist/study-explainers.min.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// Before any browser of the page bench runs: the renderers are timed on a quiet machine.
if (!clsOnly) console.error('pre-rendering throughput…');
const render = clsOnly ? null : await measureRender({ quick });
if (renderOnly) {
  printRender(render);
  // The other figures of the last full run stay.
  const last = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
  writeFileSync('bench/results.json', `${JSON.stringify({ ...last, render }, null, 2)}\n`);
  process.exit(0);
}

const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
const fileBytes = (path) => {
  const raw = readFileSync(path);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

await build({ entryPoints: ['bench/chartjs-app.js'], bundle: true, minify: true, format: 'iife', outfile: 'bench/pages/chartjs-app.js', logLevel: 'warning' });
const server = await serveRoot();
const browser = await launchChromium();
const browserName = await browser.version();

/** The three widgets as declarative shadow DOM (the render command's own serialiser), one string each: the static limit. */
async function staticWidgets() {
  return renderMany(['evidence-badge', 'mechanism-stepper', 'study-arms-chart'].map((tag) => ({ tag })));
}

/** Loads one page in a fresh context with a throttled CPU; returns its metrics. */
async function measure(path, expected) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const files = new Set();
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin === server.url && !url.pathname.startsWith('/__')) files.add(url.pathname.slice(1));
  });
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.waitForFunction((n) => window.__bench.painted.length >= n && window.__bench.contentPainted > 0, { timeout: 120000, polling: 50 }, expected);
  await new Promise((r) => setTimeout(r, 300)); // let late shifts and long tasks land
  const metrics = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const b = window.__bench;
    // Rendered = the frame showing the last widget has been painted (a page with no widget
    // events, the static one, is rendered once its whole document has been painted).
    const ready = b.painted.length ? Math.max(fcp, ...b.painted) : Math.max(fcp, b.contentPainted);
    return { fcp, lcp: b.lcp, cls: b.cls, longTasks: b.longTasks, longTaskMs: b.longTaskMs, ready };
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await context.close();
  const bytes = [...files].filter((f) => existsSync(f)).map(fileBytes).reduce(
    (sum, b) => ({ raw: sum.raw + b.raw, gzip: sum.gzip + b.gzip, brotli: sum.brotli + b.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { ...metrics, heap, bytes, files: [...files].sort() };
}

console.error('rendering the static page…');
const served = await staticWidgets();
writePages(served.join('\n'));
console.error('layout shift…');
const cls = await measureCls(browser, server.url, served, THROTTLE, Number(process.env.BENCH_CLS_RUNS) || (quick ? 3 : 5));
if (clsOnly) {
  await browser.close();
  await server.stop();
  printCls(cls);
  process.exit(0);
}
console.error('measuring…');
// iframe page: "ready" is each iframe receiving its height (recorded by bench/record.js).
const PAGES = [
  ['static', '/bench/pages/static.html', 0],
  ['script embed', '/bench/pages/script.html', 3],
  ['pre-rendered + classic', '/bench/pages/prerendered.html', 3],
  ['pre-rendered + loader', '/bench/pages/prerendered-loader.html', 3],
  ['loader embed', '/bench/pages/loader.html', 3],
  ['iframe embed', '/bench/pages/iframe.html', 3],
  ['Chart.js', '/bench/pages/chartjs.html', 1],
];

const samples = Object.fromEntries(PAGES.map(([name]) => [name, []]));
for (let run = 0; run < runs; run += 1) {
  // Alternate the order so drift on a shared machine spreads over every page.
  const order = run % 2 ? [...PAGES].reverse() : PAGES;
  for (const [name, path, expected] of order) {
    console.error(`  ${name}`);
    samples[name].push(await measure(path, expected));
  }
  process.stdout.write(`run ${run + 1}/${runs}\r`);
}

const pages = {};
for (const [name] of PAGES) {
  const s = samples[name];
  pages[name] = {
    bytes: s[0].bytes,
    files: s[0].files,
    allRendered: stats(s.map((x) => x.ready)),
    fcp: stats(s.map((x) => x.fcp)),
    lcp: stats(s.map((x) => x.lcp)),
    cls: stats(s.map((x) => x.cls)),
    longTasks: stats(s.map((x) => x.longTasks)),
  };
}
const base = pages.static;
for (const page of Object.values(pages)) {
  page.ratioToStaticFcp = page.allRendered.median / base.fcp.median;
  // The static page's first paint often shows only the headline; this compares with it fully painted.
  page.ratioToStatic = page.allRendered.median / base.allRendered.median;
  // The host article's own first contentful paint against the static page's.
  page.hostFcpRatio = page.fcp.median / base.fcp.median;
}

const scaling = {};
const blank = await measure('/bench/pages/blank.html', 0);
for (const sets of [1, 10, 100]) {
  const xs = [];
  console.error(`  ${sets} set(s) of widgets`);
  for (let run = 0; run < (quick ? 1 : 3); run += 1) xs.push(await measure(`/bench/pages/scale-${sets}.html`, sets * 3));
  const widgets = sets * 3;
  const time = median(xs.map((x) => x.ready));
  const heap = median(xs.map((x) => x.heap));
  scaling[sets] = { widgets, allRenderedMs: time, msPerWidget: time / widgets, heapKbPerWidget: (heap - blank.heap) / 1024 / widgets };
}

console.error('  worst valid document');
const worstDocument = await measureWorst(browser, server.url, THROTTLE, quick ? 1 : 3);

let lighthouse = null;
if (withLighthouse) lighthouse = await runLighthouse(`${server.url}/demo/`);

await browser.close();
await server.stop();

const results = {
  date: new Date().toISOString(),
  runs,
  cpuThrottle: THROTTLE,
  browser: browserName,
  bundle: fileBytes('dist/study-explainers.min.js'),
  pages,
  ratios: {
    scriptVsStaticFcp: pages['script embed'].ratioToStaticFcp,
    scriptVsStaticAllPainted: pages['script embed'].ratioToStatic,
    prerenderedVsStaticHostFcp: pages['pre-rendered + classic'].hostFcpRatio,
    prerenderedVsStaticAllPainted: pages['pre-rendered + classic'].ratioToStatic,
    prerenderedLoaderVsStaticHostFcp: pages['pre-rendered + loader'].hostFcpRatio,
    prerenderedLoaderVsStaticHydrated: pages['pre-rendered + loader'].ratioToStatic,
    loaderVsStaticHostFcp: pages['loader embed'].hostFcpRatio,
    loaderVsStaticAllPainted: pages['loader embed'].ratioToStatic,
    loaderVsScriptAllPainted: pages['loader embed'].allRendered.median / pages['script embed'].allRendered.median,
    iframeVsScript: pages['iframe embed'].allRendered.median / pages['script embed'].allRendered.median,
    chartjsVsScript: pages['Chart.js'].allRendered.median / pages['script embed'].allRendered.median,
  },
  scaling,
  cls,
  worstDocument,
  render,
  lighthouse,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
printTables(results);

async function runLighthouse(url) {
  const { default: lh } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const scores = {};
  for (const formFactor of ['mobile', 'desktop']) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      chromeFlags: ['--headless=new', ...chromeArgs],
    });
    try {
      const config = formFactor === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
      const result = await lh(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }, config);
      scores[formFactor] = Object.fromEntries(Object.entries(result.lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
    } finally {
      await chrome.kill();
    }
  }
  return scores;
}

function printTables(r) {
  const ms = (s) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  console.log(`\nBench: ${r.runs} alternating runs, CPU ×${r.cpuThrottle}, medians (min–max), times in ms\n`);
  console.table(
    Object.fromEntries(
      Object.entries(r.pages).map(([name, p]) => [
        name,
        {
          'gzip B': p.bytes.gzip,
          'brotli B': p.bytes.brotli,
          'all rendered': ms(p.allRendered),
          FCP: ms(p.fcp),
          LCP: ms(p.lcp),
          CLS: p.cls.median.toFixed(3),
          'long tasks': p.longTasks.median,
          'host FCP × static': p.hostFcpRatio.toFixed(2),
          '× static FCP': p.ratioToStaticFcp.toFixed(2),
          '× static': p.ratioToStatic.toFixed(2),
        },
      ]),
    ),
  );
  console.log('Ratios:', Object.fromEntries(Object.entries(r.ratios).map(([k, v]) => [k, Number(v.toFixed(2))])));
  console.table(
    Object.fromEntries(
      Object.entries(r.scaling).map(([sets, s]) => [
        `${sets} set(s)`,
        { widgets: s.widgets, 'all rendered ms': s.allRenderedMs.toFixed(0), 'ms / widget': s.msPerWidget.toFixed(2), 'heap KB / widget': s.heapKbPerWidget.toFixed(1) },
      ]),
    ),
  );
  const w = r.worstDocument;
  console.table({
    'worst valid document': {
      [`actors × steps (label chars)`]: `${w.actors} × ${w.steps} (${w.actorLabelChars})`,
      'first step ms': w.stepMs.first.toFixed(0),
      'step ms median': w.stepMs.median.toFixed(0),
      'step ms max': w.stepMs.max.toFixed(0),
      'nodes / step': w.stepNodes,
      'show-all ms / step': w.showAllMsPerStep.toFixed(0),
      'show-all nodes': w.showAllNodes,
      [`< ${w.targetMs} ms a step`]: w.withinTarget ? 'yes' : 'NO',
    },
  });
  // The library's first use on a page, the same for any document: see bench/worst.js.
  console.table({
    'first stepper on a fresh page': { 'built-in study ms': w.coldFirstStepMs.builtIn.toFixed(0), 'worst document ms': w.coldFirstStepMs.worst.toFixed(0) },
  });
  printCls(r.cls);
  printRender(r.render);
  if (r.lighthouse) console.table(r.lighthouse);
  console.log(`Bundle: ${r.bundle.raw} B raw, ${r.bundle.gzip} B gzip, ${r.bundle.brotli} B brotli. Written: bench/results.json`);
}
