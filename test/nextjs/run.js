#!/usr/bin/env node
// The Next.js suite: the app in this folder (app router, as README "Next.js and other server-rendered
// apps" shows) gets the packed package (`npm pack` of the built repository) and pinned next, react and
// react-dom in a temporary copy; then `next build`, `next start` on a free port, and checks with
// curl-like fetches (no JavaScript) and in Chromium. Prints every check, the time of each phase,
// writes test-results/nextjs.json ({"passed","failed","skipped"}) and exits 1 on any failure.
// Needs `npm run build` first and the npm registry (or a warm npm cache). NEXTJS_KEEP=1 keeps the copy.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/browser.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const resultsFile = join(root, 'test-results/nextjs.json');
const counts = { passed: 0, failed: 0, skipped: 0 };
const times = [];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PUPPETEER_SKIP_DOWNLOAD: '1' };

const exampleFile = join(root, 'docs/examples/walking-trial.example.json');
const study = JSON.parse(readFileSync(exampleFile, 'utf8'));
const { strings } = await import(join(root, 'dist/index.js'));

function record(name, ok, detail = '') {
  counts[ok ? 'passed' : 'failed'] += 1;
  console.log(`${ok ? '  ✔' : '  ✘'} ${name}${detail ? ` — ${detail}` : ''}`);
}

/** Runs one check: `fn` returns a detail string or throws. */
async function check(name, fn) {
  try {
    record(name, true, (await fn()) ?? '');
  } catch (error) {
    record(name, false, error?.message ?? String(error));
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function timed(phase, fn) {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    times.push(`${phase} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}

/** Runs a command to its end; throws with its output's tail when it fails. */
function runOrThrow(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${output.slice(-3000)}`);
  return output;
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** `next start` in its own process group: it renames itself next-server, so the group is what we stop. */
function startNext(cwd, port) {
  const child = spawn(join(cwd, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd, env, detached: true });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  // Also when this runner is interrupted: a signal skips the `finally` below.
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
  return { child, stop, log: () => log };
}

async function waitForServer(url, child) {
  for (let tries = 0; tries < 600; tries++) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
  throw new Error(`${url} did not answer within a minute`);
}

/** Console errors and uncaught exceptions of a page, as lines (the app has no favicon: Chromium's 404 for it is no problem). */
function watchConsole(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location()?.url?.endsWith('/favicon.ico')) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Every `explainer-ready`, in order, seen at the document (capture) whoever listens. */
function recordReadyEvents() {
  window.__ready = [];
  document.addEventListener('explainer-ready', (event) => window.__ready.push({ tag: event.target.localName, origin: event.detail.origin }), true);
}

const work = mkdtempSync(join(tmpdir(), 'study-explainers-nextjs-'));
const app = join(work, 'app');
let server;
try {
  let built = false;
  await check('install the packed package into the app', () =>
    timed('install', () => {
      const packed = JSON.parse(runOrThrow('npm', ['pack', '--json', '--pack-destination', work], root))[0].filename;
      cpSync(here, app, { recursive: true, filter: (source) => !/(^|\/)(node_modules|\.next|run\.js|next-env\.d\.ts|package-lock\.json)$/.test(source) });
      // The app's own study, as an app keeps it: the example document of docs/examples.
      cpSync(exampleFile, join(app, 'app/client/my-study.json'));
      runOrThrow('npm', ['install', '--no-audit', '--no-fund', join(work, packed)], app);
      return packed;
    }),
  );
  let buildLog = '';
  await check('next build', () =>
    timed('next build', () => {
      buildLog = runOrThrow(join(app, 'node_modules/.bin/next'), ['build'], app);
      built = true;
      return buildLog.match(/Next\.js [\d.]+/)?.[0];
    }),
  );
  if (!built) throw new Error('no app to check');

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  server = startNext(app, port);
  await timed('next start', () => waitForServer(`${base}/server`, server.child));

  await timed('checks', async () => {
    const serverHtml = await (await fetch(`${base}/server`)).text();
    const badgeEs = strings.es.badge.question;
    await check('server component: the badge is in the server HTML, drawn (declarative shadow root) and in Spanish', () => {
      assert(/<evidence-badge[^>]*><template shadowrootmode="open">/.test(serverHtml), 'no <evidence-badge …><template shadowrootmode="open"> in the HTML');
      assert(serverHtml.includes(badgeEs), `the Spanish question "${badgeEs}" is missing`);
      const copies = serverHtml.split('shadowrootmode="open"').length - 1;
      return `page ${serverHtml.length} B (${Buffer.byteLength(serverHtml)} bytes UTF-8), shadow roots in it: ${copies}`;
    });

    const browser = await launchChromium();
    try {
      const serverPage = await browser.newPage();
      const serverProblems = watchConsole(serverPage);
      await serverPage.evaluateOnNewDocument(recordReadyEvents);
      await serverPage.goto(`${base}/server`, { waitUntil: 'load' });
      await check('server component: the element takes over the served badge in the browser, without console errors', async () => {
        await serverPage.waitForFunction(() => window.__ready.some((ready) => ready.tag === 'evidence-badge'), { timeout: 15000 });
        const state = await serverPage.evaluate(() => {
          const badge = document.querySelector('evidence-badge');
          return { sheets: badge.shadowRoot.adoptedStyleSheets.length, styles: badge.shadowRoot.querySelectorAll('style').length, text: badge.shadowRoot.textContent };
        });
        assert(state.sheets > 0 && state.styles === 0, `not rendered by the element (${state.sheets} adopted sheets, ${state.styles} served <style>)`);
        assert(state.text.includes(badgeEs), `the Spanish question "${badgeEs}" is missing after hydration`);
        assert(serverProblems.length === 0, serverProblems.join('; '));
        return `${state.sheets} adopted style sheets`;
      });

      const clientPage = await browser.newPage();
      const clientProblems = watchConsole(clientPage);
      await clientPage.evaluateOnNewDocument(recordReadyEvents);
      await clientPage.goto(`${base}/client`, { waitUntil: 'load' });
      const title = study.mechanism.title;
      await check("client component: the wrapper's data is the first content (heading, the first explainer-ready)", async () => {
        await clientPage.waitForFunction(() => window.__ready.some((ready) => ready.tag === 'mechanism-stepper'), { timeout: 15000 });
        const first = await clientPage.evaluate(() => window.__ready.find((ready) => ready.tag === 'mechanism-stepper'));
        assert(first.origin === 'data', `the first explainer-ready came from "${first.origin}", not the app's data`);
        const heading = await clientPage.evaluate(() => document.querySelector('mechanism-stepper').shadowRoot.querySelector('[part~="heading"]')?.textContent.trim());
        assert(heading === title, `heading "${heading}", expected the app's "${title}"`);
        return heading;
      });
      await check('client component: onExplainerReady and, after Next, onStepChange reach React; one explainer-ready in all', async () => {
        await clientPage.waitForFunction(() => document.querySelector('#seen').textContent.includes('explainer-ready:'), { timeout: 15000 });
        await clientPage.evaluate(() => document.querySelector('mechanism-stepper').shadowRoot.querySelector('button.next').click());
        await clientPage.waitForFunction(() => document.querySelector('#seen').textContent.includes('step-change:'), { timeout: 15000 });
        const seen = await clientPage.$eval('#seen', (output) => output.textContent);
        assert(seen === 'explainer-ready:data step-change:1', `React saw "${seen}"`);
        const readies = await clientPage.evaluate(() => window.__ready.filter((ready) => ready.tag === 'mechanism-stepper').length);
        assert(readies === 1, `${readies} explainer-ready events`);
        assert(clientProblems.length === 0, clientProblems.join('; '));
        return seen;
      });
    } finally {
      await browser.close();
    }

    // Client components are rendered on the server too (Node, without the react-server condition):
    // the wrappers are the recommended way there, so importing them must not print the warning.
    await check('study-explainers/react on the server (client components are server-rendered): no warning', () => {
      const output = runOrThrow(process.execPath, ['--input-type=module', '-e', "await import('study-explainers/react');"], app).trim();
      assert(output === '', `importing it printed: ${output}`);
    });
    await check('study-explainers/define in a server component: one line in the server log names the fix', async () => {
      await fetch(`${base}/define-in-server`);
      const log = `${buildLog}\n${server.log()}`;
      const lines = log.split('\n').filter((line) => line.includes('study-explainers/define') && line.includes('study-explainers/server'));
      assert(lines.length > 0, 'no line naming study-explainers/define and study-explainers/server in the build or server log');
      return lines[0].trim();
    });
  });
} catch (error) {
  if (error.message !== 'no app to check') record('Next.js suite', false, error.stack ?? String(error));
} finally {
  server?.stop();
  if (process.env.NEXTJS_KEEP === '1') console.log(`  kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log(`  time: ${times.join(', ')}`);
mkdirSync(dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(counts)}\n`);
console.log(`nextjs: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
