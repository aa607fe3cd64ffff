// Pre-rendering throughput (issue 28): the Node renderer (dist/server.js, what `study-explainers
// render`, bin/render.js and the WordPress build use) beside the Chromium renderer it replaced
// (scripts/render-chromium.js, now the test oracle). 3 widgets × 2 languages of the built-in study.
// `npm run bench -- --render` runs only this part.
import { spawnSync } from 'node:child_process';
import { renderMany as renderInChromium } from '../scripts/render-chromium.js';
import { TAGS } from '../dist/manifest/widgets.js';
import { median } from './stats.js';

const REQUESTS = TAGS.flatMap((tag) => ['en', 'es'].map((lang) => ({ tag, lang })));

/** Milliseconds `run` takes, median of `times`. */
async function timed(times, run) {
  const ms = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  return median(ms);
}

/** The Node renderer in a fresh process: import, the first 6 widgets, then warm widgets per second. */
function nodeInFreshProcess(rounds) {
  const code = `const start = performance.now();
    const { renderMany } = await import('./dist/server.js');
    const imported = performance.now();
    const requests = ${JSON.stringify(REQUESTS)};
    renderMany(requests);
    const first = performance.now();
    for (let i = 0; i < ${rounds}; i += 1) renderMany(requests);
    const warm = performance.now();
    console.log(JSON.stringify({ importMs: imported - start, first6Ms: first - imported, warmWidgetsPerSecond: (${rounds} * requests.length) / ((warm - first) / 1000) }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

/** Wall time of one `study-explainers render` call, as a user runs it. */
function cliMs() {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['bin/study-explainers.js', 'render', 'mechanism-stepper', '--lang', 'es'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return performance.now() - start;
}

export async function measureRender({ quick = false } = {}) {
  const runs = quick ? 3 : 5;
  const fresh = Array.from({ length: runs }, () => nodeInFreshProcess(quick ? 50 : 200));
  const cli = [];
  for (let i = 0; i < runs; i += 1) cli.push(cliMs());
  const chromiumSixMs = await timed(runs, () => renderInChromium(REQUESTS));
  const chromiumOneMs = await timed(runs, () => renderInChromium(REQUESTS.slice(0, 1)));
  const node = {
    widgetsPerSecond: median(fresh.map((f) => f.warmWidgetsPerSecond)),
    importMs: median(fresh.map((f) => f.importMs)),
    first6Ms: median(fresh.map((f) => f.first6Ms)),
    cliMs: median(cli),
  };
  // Each Chromium call launches its browser, as `renderMany` did for every CLI call and build.
  const chromium = { widgetsPerSecond: REQUESTS.length / (chromiumSixMs / 1000), first6Ms: chromiumSixMs, oneMs: chromiumOneMs };
  return { widgets: REQUESTS.length, runs, node, chromium, speedup: node.widgetsPerSecond / chromium.widgetsPerSecond };
}

export function printRender(r) {
  console.log(`\nPre-rendering, 3 widgets × 2 languages, medians of ${r.runs} runs:`);
  console.table({
    'Node (study-explainers/server)': {
      'widgets / s (warm)': Math.round(r.node.widgetsPerSecond),
      'first 6 ms': `${r.node.first6Ms.toFixed(0)} (+ ${r.node.importMs.toFixed(0)} import)`,
      'one CLI call ms': r.node.cliMs.toFixed(0),
    },
    'Chromium (the old renderer)': {
      'widgets / s (warm)': r.chromium.widgetsPerSecond.toFixed(1),
      'first 6 ms': `${r.chromium.first6Ms.toFixed(0)} (with launch)`,
      'one CLI call ms': `${r.chromium.oneMs.toFixed(0)} (render() alone)`,
    },
  });
  console.log(`Node renders ${r.speedup.toFixed(0)}× as many widgets per second (target: at least 20×).`);
}
