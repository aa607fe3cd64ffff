#!/usr/bin/env node
// The WordPress suite (`npm run test:wordpress`): real WordPress sites, 6.1 (Debian bookworm) and
// the newest Debian offers (6.8, trixie), each with Debian's files, SQLite and PHP's built-in server
// under .wp/; WORDPRESS=6.1 or WORDPRESS=6.8 runs one of them. On each, the plugin is installed
// from dist/wordpress/study-explainers.zip through the admin upload screen and activated, then
// headless Chromium checks the front end,
// the block editor and hostile shortcodes. Prints every check, writes test-results/wordpress.json
// ({"passed","failed","skipped"}) and exits 1 on any failure. Before the sites, the plugin's PHP is
// linted and rendered under PHP 7.4 (./php74.js). Needs `npm run build` first.
// Without PHP it fails with install instructions, unless SKIP_WORDPRESS=1 (then it skips).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs } from '../../scripts/browser.js';
import { buildWordPress, zipPath } from '../../scripts/build-wordpress.js';
import { ALLOWED, DIRECT, EDITOR_CASES, HOSTILE_POST, PLAIN_POSTS, POSTS, postContent } from './cases.js';
import {
  TAGS_SELECTOR,
  consoleProblems,
  describeWidgets,
  fallbackProblems,
  probesFor,
  runAxe,
  waitForWidgets,
  watchPage,
  widgetProblems,
  widgetsInHtml,
} from './page-checks.js';
import { checkPhp74, php74Problems } from './php74.js';
import { chosenReleases, createSite, fetchDownloads, freePort, phpStatus, readZip, RELEASES, runPhp, startServer } from './site.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const resultsFile = join(root, 'test-results/wordpress.json');
const started = Date.now();
const counts = { passed: 0, failed: 0, skipped: 0 };
const PLUGIN_PATH = '/wp-content/plugins/study-explainers/';
const CHROME_ARGS = chromeArgs;
const NEWEST = RELEASES.at(-1).expect;
const releases = chosenReleases();
// WORDPRESS_SCREENSHOTS=1 saves the editor with each block selected to docs/screenshots/.
const SCREENSHOTS = process.env.WORDPRESS_SCREENSHOTS === '1';
let prefix = '';

function writeCounts() {
  mkdirSync(dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(counts)}\n`);
}

function record(name, ok, detail = '', notes = []) {
  counts[ok ? 'passed' : 'failed'] += 1;
  console.log(`${ok ? '  ✔' : '  ✘'} ${prefix}${name}${detail ? ` — ${detail}` : ''}`);
  for (const note of notes) console.log(`      note: ${note}`);
}

/** Runs one check: `fn` returns a detail string (or { detail, notes }) or throws. */
async function check(name, fn) {
  try {
    const out = await fn();
    if (out && typeof out === 'object') record(name, true, out.detail, out.notes ?? []);
    else record(name, true, out ?? '');
    return true;
  } catch (error) {
    record(name, false, error?.message ?? String(error));
    return false;
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function section(title) {
  console.log(`\n${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const sameAttrs = (actual, expected) => {
  const a = JSON.stringify(Object.entries(actual).sort());
  const e = JSON.stringify(Object.entries(expected).sort());
  return a === e;
};

// ---------------------------------------------------------------------------------------------
// Preflight: PHP.
const php = phpStatus();
if (!php.ok) {
  if (process.env.SKIP_WORDPRESS === '1') {
    counts.skipped = 1;
    writeCounts();
    console.log(`WordPress suite skipped (SKIP_WORDPRESS=1): ${php.reason}.`);
    console.log('0 passed, 0 failed, 1 skipped');
    process.exit(0);
  }
  counts.failed = 1;
  writeCounts();
  console.error(
    `WordPress suite: ${php.reason}.\n` +
      'Install PHP with SQLite (Debian/Ubuntu, as root):\n' +
      '  apt-get update && apt-get install -y --no-install-recommends php-cli php-sqlite3\n' +
      'The suite also downloads (once, into .wp/cache) Debian\'s wordpress packages with `apt-get download`\n' +
      'and the SQLite drop-in with `npm pack`. Set SKIP_WORDPRESS=1 to skip this suite explicitly.',
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let server;
let browser;
const stopAll = () => {
  server?.stop();
  server = undefined;
};
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

const docs = {};

/** The frame the editor's blocks are in: the `editor-canvas` iframe when there is one. */
async function editorCanvas(page) {
  const handle = await page.$('iframe[name="editor-canvas"]');
  const frame = handle ? await handle.contentFrame() : null;
  return frame ?? page.mainFrame();
}

async function main() {
  console.log(`WordPress suite: PHP ${php.version}`);

  // ---- The zip --------------------------------------------------------------------------------
  section('Plugin zip');
  let zipEntries = [];
  const built = await check('npm run build:wordpress writes dist/wordpress/study-explainers.zip', async () => {
    const { bytes } = await buildWordPress();
    zipEntries = readZip(readFileSync(zipPath));
    return `${zipEntries.length} files, ${(bytes / 1024).toFixed(1)} KiB`;
  });
  if (!built) return;
  const file = (name) => zipEntries.find((entry) => entry.name === `study-explainers/${name}`)?.data.toString('utf8');
  await check('zip bundles the classic script, the content JSON, three blocks with their asset files, readme and licence', () => {
    const need = [
      'study-explainers.php',
      'readme.txt',
      'LICENSE.txt',
      'assets/study-explainers.min.js',
      'assets/editor.js',
      'assets/editor.asset.php',
      'content/plerixafor-2019.en.json',
      'content/plerixafor-2019.es.json',
    ];
    for (const widget of ['mechanism-stepper', 'study-arms-chart', 'evidence-badge']) {
      need.push(`blocks/${widget}/block.json`, `blocks/${widget}/index.js`, `blocks/${widget}/index.asset.php`);
    }
    const missing = need.filter((name) => file(name) === undefined);
    assert(missing.length === 0, `missing: ${missing.join(', ')}`);
    assert(file('assets/study-explainers.min.js') === readFileSync(join(root, 'dist/study-explainers.min.js'), 'utf8'), 'bundle differs from dist/');
    assert(!zipEntries.some((entry) => /\/\.|node_modules/.test(entry.name)), 'zip holds dotfiles or node_modules');
    for (const lang of ['en', 'es']) docs[lang] = JSON.parse(file(`content/plerixafor-2019.${lang}.json`));
    assert(docs.en.lang === 'en' && docs.es.lang === 'es', 'content JSON languages');
    return `${need.length} required files present`;
  });
  await check(`plugin header and readme declare versions and licence honestly (Tested up to ${NEWEST}, the newest WordPress this suite runs); block.json apiVersion 3 with an example`, () => {
    const header = file('study-explainers.php');
    const readme = file('readme.txt');
    for (const [pattern, what] of [
      [/^ \* Requires at least:\s+6\.1$/m, 'Requires at least: 6.1'],
      [/^ \* Requires PHP:\s+7\.4$/m, 'Requires PHP: 7.4'],
      [new RegExp(`^ \\* Tested up to:\\s+${NEWEST.replace('.', '\\.')}$`, 'm'), `Tested up to: ${NEWEST}`],
      [/^ \* License:\s+GPL-2\.0-or-later$/m, 'License: GPL-2.0-or-later'],
      [/^ \* Text Domain:\s+study-explainers$/m, 'Text Domain'],
    ]) {
      assert(pattern.test(header), `header lacks ${what}`);
    }
    for (const field of ['Requires at least: 6.1', `Tested up to: ${NEWEST}`, 'Requires PHP: 7.4', 'License: GPL-2.0-or-later', 'Stable tag:']) {
      assert(readme.includes(field), `readme.txt lacks "${field}"`);
    }
    assert(/^=== Study Explainers ===$/m.test(readme) && /^== Description ==$/m.test(readme) && /^== Changelog ==$/m.test(readme), 'readme.txt sections');
    for (const widget of ['mechanism-stepper', 'study-arms-chart', 'evidence-badge']) {
      const meta = JSON.parse(file(`blocks/${widget}/block.json`));
      assert(meta.apiVersion === 3, `${widget}: apiVersion ${meta.apiVersion}`);
      assert(meta.example && typeof meta.example.attributes === 'object', `${widget}: no example for the inserter's preview`);
      for (const name of Object.keys(meta.example.attributes)) assert(name in meta.attributes, `${widget}: example sets unknown attribute ${name}`);
      assert(meta.attributes.headingLevel?.type === 'integer', `${widget}: headingLevel is ${meta.attributes.headingLevel?.type}, not integer`);
      assert(meta.name === `study-explainers/${widget}`, `${widget}: name ${meta.name}`);
      assert(meta.editorScript === 'file:./index.js', `${widget}: editorScript`);
    }
    return `Requires at least 6.1, Requires PHP 7.4, Tested up to ${NEWEST}, GPL-2.0-or-later`;
  });

  section('PHP 7.4, the version the plugin declares (WebAssembly build, @php-wasm/node-7-4)');
  await check('every PHP file of the zip passes php -l under PHP 7.4; a block and two shortcodes render under 7.4 exactly as under the local PHP, without notices', async () => {
    const result = await checkPhp74(zipEntries, join(root, '.wp/php74'));
    const problems = php74Problems(result);
    assert(problems.length === 0, problems.join(' | '));
    times.push(`PHP 7.4 lint and render: ${result.seconds.toFixed(1)} s`);
    return `PHP ${result.version}: ${result.linted.length} files linted, 3 renders equal to PHP ${result.renderLocal.php}'s, ${result.seconds.toFixed(1)} s`;
  });

  for (const release of releases) {
    const releaseStarted = Date.now();
    prefix = `[${release.expect}] `;
    console.log(`\n==== WordPress ${release.expect} (Debian ${release.codename}) ====`);
    try {
      await runRelease(release);
    } catch (error) {
      record('suite ran to the end', false, error?.stack ?? String(error));
    } finally {
      await browser?.close().catch(() => {});
      browser = undefined;
      stopAll();
    }
    times.push(`WordPress ${release.installed ?? release.expect}: ${((Date.now() - releaseStarted) / 1000).toFixed(1)} s`);
    prefix = '';
  }
  if (!releases.some((release) => release.expect === NEWEST)) {
    counts.skipped += 1;
    console.log(`\n  - skipped: "Tested up to ${NEWEST}" against a run of WordPress ${NEWEST} (WORDPRESS=${process.env.WORDPRESS})`);
  } else {
    const newest = releases.find((release) => release.expect === NEWEST);
    record(`"Tested up to: ${NEWEST}" is the newest WordPress this suite ran`, (newest.installed ?? '').split('.').slice(0, 2).join('.') === NEWEST, `ran ${releases.map((r) => r.installed ?? `${r.expect} (not installed)`).join(' and ')}`);
  }
}

const times = [];

/** Every check on one WordPress release: its own site, server and browser. */
async function runRelease(release) {
  const wpDir = join(root, '.wp', release.codename);

  // ---- The site -------------------------------------------------------------------------------
  section('WordPress site');
  const downloads = fetchDownloads(join(root, '.wp/cache'), release);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const site = createSite({ wpDir, downloads, url, phpDir: join(root, 'test/wordpress/php') });
  release.installed = site.installed.wordpress;
  const installedOk = site.installed.wordpress.startsWith(`${release.expect}.`) || site.installed.wordpress === release.expect;
  record(`WordPress installed (SQLite) from Debian ${release.codename}`, installedOk, `WordPress ${site.installed.wordpress}, theme ${site.installed.theme}`);
  if (!installedOk) return;
  server = await startServer({ siteDir: site.siteDir, port, logFile: join(wpDir, 'server.log') });
  console.log(`  site: ${url} (PHP server pid ${server.pid}, process group stopped at the end)`);

  browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: CHROME_ARGS });
  // Readers are not logged in: the front end is checked in a separate browser context.
  const reader = await browser.createBrowserContext();
  const admin = await browser.newPage();
  admin.setDefaultTimeout(30000);
  await admin.setViewport({ width: 1280, height: 900 });

  // ---- Install through the admin screen ------------------------------------------------------
  section('Install from the zip through Plugins → Add New → Upload');
  const installed = await check('admin logs in, uploads the zip, installs and activates the plugin', async () => {
    // The login page focuses and may refill its fields while loading: set them once it has loaded.
    for (let attempt = 1; ; attempt++) {
      await admin.goto(`${url}/wp-login.php`, { waitUntil: 'load' });
      await admin.$eval('#user_login', (el) => (el.value = 'admin'));
      await admin.$eval('#user_pass', (el) => (el.value = 'admin-password'));
      await Promise.all([admin.waitForNavigation({ waitUntil: 'domcontentloaded' }), admin.click('#wp-submit')]);
      if (admin.url().includes('/wp-admin/')) break;
      const said = await admin.$eval('body', (el) => el.innerText.replace(/\s+/g, ' ').slice(0, 200));
      assert(attempt < 3, `login failed, still at ${admin.url()}: ${said}`);
    }
    await admin.goto(`${url}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'domcontentloaded' });
    const input = await admin.waitForSelector('input#pluginzip', { timeout: 15000 }).catch(async () => {
      const said = await admin.$eval('body', (el) => el.innerText.replace(/\s+/g, ' ').slice(0, 300));
      throw new Error(`no upload form at ${admin.url()}: ${said}`);
    });
    await input.uploadFile(zipPath);
    await Promise.all([admin.waitForNavigation({ waitUntil: 'domcontentloaded' }), admin.click('#install-plugin-submit')]);
    const body = await admin.$eval('body', (el) => el.innerText);
    assert(/Plugin installed successfully/i.test(body), `install page says: ${body.slice(0, 300).replace(/\s+/g, ' ')}`);
    const activate = await admin.waitForSelector('a[href*="action=activate"][href*="study-explainers"]');
    await Promise.all([admin.waitForNavigation({ waitUntil: 'domcontentloaded' }), activate.click()]);
    const active = await admin.$('tr[data-slug="study-explainers"].active');
    assert(active, 'the plugin row is not marked active on the Plugins screen');
    return 'installed from dist/wordpress/study-explainers.zip and active';
  });
  if (!installed) return;

  // ---- Posts ----------------------------------------------------------------------------------
  const allPosts = [...POSTS.map((post) => ({ ...post, content: postContent(post) })), HOSTILE_POST, ...PLAIN_POSTS];
  const seeded = runPhp(site.siteDir, 'seed.php', {
    posts: allPosts.map(({ key, title, content, author, type }) => ({ key, title, content, author, type })),
    direct: Object.fromEntries(Object.entries(DIRECT).map(([key, value]) => [key, value.shortcode])),
    directSpanishSite: { noLang: '[study_explainer widget="evidence-badge"]', english: '[study_explainer widget="evidence-badge" lang="en"]' },
  });
  record('plugin active for WordPress itself (is_plugin_active)', seeded.active === true);

  // ---- Server output --------------------------------------------------------------------------
  section('Server-rendered markup and text fallback');
  const htmlOf = {};
  for (const post of allPosts) {
    const response = await fetch(seeded.posts[post.key].url);
    htmlOf[post.key] = await response.text();
  }
  for (const post of POSTS) {
    const found = widgetsInHtml(htmlOf[post.key]);
    await check(`${post.key}: element attributes exactly as chosen, fallback in the chosen language and audience`, () => {
      assert(found.length === post.instances.length, `${found.length} widgets in the HTML, wanted ${post.instances.length}`);
      const problems = [];
      post.instances.forEach((instance, i) => {
        if (found[i].tag !== instance.widget) problems.push(`#${i + 1}: <${found[i].tag}>`);
        else if (!sameAttrs(found[i].attrs, instance.expect)) problems.push(`#${i + 1}: ${JSON.stringify(found[i].attrs)} ≠ ${JSON.stringify(instance.expect)}`);
        problems.push(...fallbackProblems(instance, found[i].inner, docs).map((p) => `#${i + 1}: ${p}`));
      });
      assert(problems.length === 0, problems.join('; '));
      return `${found.length} widgets`;
    });
  }
  await check('the bundle is referenced from the plugin folder on widget pages (no CDN)', () => {
    const scripts = [...htmlOf['block-defaults'].matchAll(/<script[^>]*\ssrc=["']([^"']+)["']/g)].map((m) => m[1]).filter((src) => /study-explainers/.test(src));
    assert(scripts.length === 1, `script tags: ${JSON.stringify(scripts)}`);
    assert(scripts[0].startsWith(`${url}${PLUGIN_PATH}assets/study-explainers.min.js`), scripts[0]);
    // Deferred where WordPress knows loading strategies (6.3+), in the footer before that.
    const tag = htmlOf['block-defaults'].match(/<script[^>]*study-explainers\.min\.js[^>]*>/)[0];
    const strategies = Number(release.expect) >= 6.3;
    assert(/\sdefer\b/.test(tag) === strategies, `${tag} (WordPress ${release.expect})`);
    const body = htmlOf['block-defaults'].indexOf('<body');
    assert(htmlOf['block-defaults'].indexOf(tag) > body, 'the bundle is in the body (footer)');
    return `${scripts[0].replace(url, '')}${strategies ? ', deferred' : ', footer'}`;
  });

  await check('widgets whose settings differ from the defaults only in language, audience, theme or heading level 2–3 arrive pre-rendered (declarative shadow DOM from the zip); others get the text fallback alone', () => {
    const problems = [];
    let count = 0;
    for (const post of POSTS) {
      for (const w of widgetsInHtml(htmlOf[post.key])) {
        const other = Object.keys(w.attrs).filter((name) => !['lang', 'audience', 'theme', 'heading-level'].includes(name));
        const want = other.length === 0 && ['2', '3'].includes(w.attrs['heading-level'] ?? '3');
        const shadow = /^<template shadowrootmode="open"><style>[\s\S]*<\/template>/.exec(w.inner)?.[0];
        if (Boolean(shadow) !== want) problems.push(`${post.key} <${w.tag}> ${JSON.stringify(w.attrs)}: ${want ? 'not pre-rendered' : 'pre-rendered'}`);
        if (!shadow) continue;
        count += 1;
        // The copy drawn for this language and audience, with the heading level asked for.
        if (!shadow.includes(`lang="${w.attrs.lang}"`)) problems.push(`${post.key} <${w.tag}>: pre-rendered copy not in ${w.attrs.lang}`);
        if (!shadow.includes(`<h${w.attrs['heading-level'] ?? '3'}`)) problems.push(`${post.key} <${w.tag}>: pre-rendered heading level`);
        const theme = `class="root theme-${w.attrs.theme ?? 'auto'}"`;
        if (!shadow.includes(theme)) problems.push(`${post.key} <${w.tag}>: pre-rendered copy without ${theme}`);
      }
    }
    assert(count > 0, 'no pre-rendered widget at all');
    assert(problems.length === 0, problems.join('; '));
    return `${count} pre-rendered`;
  });
  await check('with JavaScript off the block-defaults page shows each widget drawn, not only its text', async () => {
    const page = await reader.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.goto(seeded.posts['block-defaults'].url, { waitUntil: 'load' });
      const seen = await page.evaluate(() =>
        ['mechanism-stepper', 'study-arms-chart', 'evidence-badge'].map((tag) => {
          const el = document.querySelector(tag);
          return { tag, drawn: Boolean(el?.shadowRoot?.querySelector('[part~="source"]')), height: el ? Math.round(el.getBoundingClientRect().height) : 0, defined: Boolean(customElements.get(tag)) };
        }),
      );
      const missing = seen.filter((w) => !w.drawn || w.height < 50 || w.defined);
      assert(missing.length === 0, JSON.stringify(missing));
      return seen.map((w) => `${w.tag} ${w.height} px`).join(', ');
    } finally {
      await page.close();
    }
  });

  // ---- Hostile shortcode attributes ----------------------------------------------------------
  section('Hostile shortcode attributes');
  for (const [key, { shortcode, expect }] of Object.entries(DIRECT)) {
    await check(`do_shortcode ${key}: ${shortcode.slice(0, 70)}… → neutral output`, () => {
      const out = seeded.direct[key];
      if (expect === null) {
        assert(out === '', `output: ${out.slice(0, 200)}`);
        return 'no output';
      }
      assert(!/<script/i.test(out), 'a <script> in the output');
      assert(!/\son\w+\s*=/i.test(out.replace(/<(mechanism-stepper|study-arms-chart|evidence-badge)[^>]*>/, '')), 'an on* attribute in the output');
      const found = widgetsInHtml(out);
      assert(found.length === 1, `${found.length} widgets`);
      assert(sameAttrs(found[0].attrs, expect), `attributes ${JSON.stringify(found[0].attrs)} ≠ ${JSON.stringify(expect)}`);
      return JSON.stringify(found[0].attrs);
    });
  }
  await check('on a Spanish-language site a widget without lang defaults to Spanish (fallback too); lang="en" still wins', () => {
    const [noLang] = widgetsInHtml(seeded.directSpanishSite.noLang);
    const [english] = widgetsInHtml(seeded.directSpanishSite.english);
    assert(noLang?.attrs.lang === 'es', `no lang → ${JSON.stringify(noLang?.attrs)}`);
    assert(noLang.inner.includes('lang="es"') && noLang.inner.includes('Fuente:'), 'fallback not in Spanish');
    assert(english?.attrs.lang === 'en', `lang="en" → ${JSON.stringify(english?.attrs)}`);
    return 'es_ES site → lang="es"';
  });
  await check('contributor post with hostile shortcodes: only allowed attribute values, no markup injected', () => {
    const html = htmlOf.hostile;
    const content = html.slice(html.indexOf('wp-block-post-content'));
    const found = widgetsInHtml(content);
    assert(found.length === HOSTILE_POST.widgets, `${found.length} widgets, wanted ${HOSTILE_POST.widgets} (unknown widgets render nothing)`);
    for (const { tag, attrs } of found) {
      for (const [name, value] of Object.entries(attrs)) {
        const allowed = ALLOWED[name];
        const text = value === true ? '' : value;
        assert(allowed && (allowed instanceof RegExp ? allowed.test(text) : allowed.includes(text)), `<${tag}> ${name}=${JSON.stringify(value)}`);
      }
    }
    assert(!/__pwned=1<\/script>|<script>window\.__pwned/.test(content), 'the script payload is in the page as markup');
    return found.map((w) => `<${w.tag} ${JSON.stringify(w.attrs)}>`).join(' ');
  });

  // ---- Front end in Chromium ------------------------------------------------------------------
  section('Front end in Chromium');
  const frontEndCheck = async (label, pageUrl, instances) => {
    const page = await reader.newPage();
    page.setDefaultTimeout(20000);
    await page.setViewport({ width: 1280, height: 900 });
    const log = watchPage(page);
    await page.evaluateOnNewDocument(() => {
      window.__seEvents = { ready: 0, errors: [] };
      addEventListener('explainer-ready', () => (window.__seEvents.ready += 1), true);
      addEventListener('explainer-error', (event) => window.__seEvents.errors.push(event.detail?.message), true);
    });
    try {
      await page.goto(pageUrl, { waitUntil: 'load' });
      await check(`${label}: ${instances.length} widgets upgrade`, async () => {
        await waitForWidgets(page);
        const events = await page.evaluate(() => window.__seEvents);
        assert(events.errors.length === 0, `explainer-error: ${events.errors.join('; ')}`);
        assert(events.ready >= instances.length, `${events.ready} explainer-ready events`);
        return `${events.ready} explainer-ready events`;
      });
      const seen = await describeWidgets(page, instances.map((instance) => probesFor(instance, docs)));
      for (const [i, instance] of instances.entries()) {
        await check(`${label} #${i + 1} <${instance.widget}> ${JSON.stringify(instance.expect)}`, () => {
          assert(seen[i], 'not on the page');
          const problems = widgetProblems(instance, seen[i], docs);
          assert(problems.length === 0, problems.join('; '));
          return `lang ${seen[i].rootLang}, ${seen[i].rootClass.split(' ').find((c) => c.startsWith('theme-'))}`;
        });
      }
      await check(`${label}: no console errors from our code; every request stays on the site`, () => {
        const { ours, others } = consoleProblems(log);
        assert(ours.length === 0, ours.join(' | '));
        // data: and blob: URLs are made in the browser (WordPress's editor makes blob: ones): not requests to anyone.
        const foreign = log.requests.filter((request) => !request.startsWith(url) && !/^(data|blob):/.test(request));
        assert(foreign.length === 0, `third-party requests: ${foreign.join(', ')}`);
        const bundles = log.requests.filter((request) => request.includes(`${PLUGIN_PATH}assets/study-explainers.min.js`));
        assert(bundles.length === 1, `bundle requested ${bundles.length} times`);
        return { detail: `${log.requests.length} requests, all local`, notes: others.map((o) => `console (not ours): ${o}`) };
      });
      await check(`${label}: axe (WCAG 2.2 AA + best practice) finds nothing in our widgets`, async () => {
        const axe = await runAxe(page);
        assert(axe.ours.length === 0, axe.ours.join(' | '));
        return { detail: `${axe.passes} rules pass`, notes: axe.others.map((o) => `axe, theme/WordPress markup (not ours): ${o}`) };
      });
    } finally {
      await page.close();
    }
  };
  for (const post of POSTS) await frontEndCheck(post.key, seeded.posts[post.key].url, post.instances);

  await check('hostile post in Chromium: no injected script ran, no event handlers, widgets neutral', async () => {
    const page = await reader.newPage();
    const log = watchPage(page);
    try {
      await page.goto(seeded.posts.hostile.url, { waitUntil: 'load' });
      await waitForWidgets(page);
      await new Promise((r) => setTimeout(r, 300));
      const state = await page.evaluate(() => ({
        pwned: window.__pwned ?? null,
        handlers: [...document.querySelectorAll('.wp-block-post-content *')].flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName}[${a.name}]`),
        ),
        scripts: [...document.querySelectorAll('.wp-block-post-content script')].length,
        widgets: document.querySelectorAll('mechanism-stepper, study-arms-chart, evidence-badge').length,
      }));
      assert(state.pwned === null, 'window.__pwned was set: injected script ran');
      assert(state.handlers.length === 0, `event handler attributes: ${state.handlers.join(', ')}`);
      assert(state.scripts === 0, `${state.scripts} script elements in the post content`);
      assert(state.widgets === HOSTILE_POST.widgets, `${state.widgets} widgets`);
      const { ours } = consoleProblems(log);
      assert(ours.length === 0, `our console output: ${ours.join(' | ')}`);
      return `${state.widgets} neutral widgets, nothing injected`;
    } finally {
      await page.close();
    }
  });

  for (const post of PLAIN_POSTS) {
    await check(`${post.key}: a page without widgets loads none of our assets`, async () => {
      const page = await reader.newPage();
      const log = watchPage(page);
      try {
        await page.goto(seeded.posts[post.key].url, { waitUntil: 'load' });
        const ours = log.requests.filter((request) => request.includes(PLUGIN_PATH));
        assert(ours.length === 0, `requested: ${ours.join(', ')}`);
        assert(!htmlOf[post.key].includes('study-explainers'), 'the HTML mentions study-explainers');
        assert((await page.evaluate(() => customElements.get('mechanism-stepper'))) === undefined, 'elements are defined');
        return `${log.requests.length} requests, none from the plugin`;
      } finally {
        await page.close();
      }
    });
  }

  // ---- Block editor ---------------------------------------------------------------------------
  section('Block editor: insert with wp.data, set options in the sidebar, publish, check the front end');
  for (const edit of EDITOR_CASES) {
    const name = `study-explainers/${edit.widget}`;
    const page = admin;
    const log = watchPage(page);
    let published = null;
    let canvasKind = '';
    await check(`editor: insert ${name}, set ${Object.keys(edit.selects).join(', ')}${edit.toggles.length ? `, ${edit.toggles.join(', ')}` : ''} in the sidebar, publish`, async () => {
      await page.goto(`${url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(
        (blockName) => window.wp?.blocks?.getBlockType?.(blockName) && window.wp.data?.select('core/editor')?.getCurrentPostId?.(),
        { timeout: 45000 },
        name,
      );
      const registered = await page.evaluate((blockName) => {
        const type = window.wp.blocks.getBlockType(blockName);
        return { apiVersion: type.apiVersion, example: type.example ?? null };
      }, name);
      assert(registered.apiVersion === 3, `the editor sees block API ${registered.apiVersion}`);
      assert(registered.example?.attributes, 'the editor has no example for the inserter preview');
      const clientId = await page.evaluate((blockName, before) => {
        const { data, blocks } = window.wp;
        data.dispatch('core/preferences')?.set?.('core/edit-post', 'welcomeGuide', false);
        if (data.select('core/edit-post').isFeatureActive?.('welcomeGuide')) data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
        if (before) data.dispatch('core/block-editor').insertBlocks(blocks.createBlock(before[0], before[1]));
        const block = blocks.createBlock(blockName);
        data.dispatch('core/block-editor').insertBlocks(block);
        data.dispatch('core/block-editor').selectBlock(block.clientId);
        data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
        return block.clientId;
      }, name, edit.before ?? null);
      const labelFor = (label) =>
        page.waitForFunction(
          (text) => {
            const found = [...document.querySelectorAll('.block-editor-block-inspector label')].find((l) => l.textContent.trim() === text);
            return found?.htmlFor || null;
          },
          { timeout: 15000 },
          label,
        ).then((handle) => handle.jsonValue());
      const hasLabel = (label) =>
        page.evaluate((text) => [...document.querySelectorAll('.block-editor-block-inspector label')].some((l) => l.textContent.trim() === text), label);
      if (edit.hides) {
        // A control that would change nothing is not shown.
        const [selectLabel, hidingValue, showingValue] = edit.hides.select;
        const id = await labelFor(selectLabel);
        assert(await hasLabel(edit.hides.label), `"${edit.hides.label}" not shown with ${selectLabel} ${showingValue}`);
        await page.select(`[id="${id}"]`, hidingValue);
        await page.waitForFunction(
          (text) => ![...document.querySelectorAll('.block-editor-block-inspector label')].some((l) => l.textContent.trim() === text),
          { timeout: 5000 },
          edit.hides.label,
        ).catch(() => {
          throw new Error(`"${edit.hides.label}" still shown with ${selectLabel} ${hidingValue}, where it has no effect`);
        });
        await page.select(`[id="${id}"]`, showingValue);
        await labelFor(edit.hides.label);
      }
      for (const [label, value] of Object.entries(edit.selects)) {
        const id = await labelFor(label);
        const chosen = await page.select(`[id="${id}"]`, value);
        assert(chosen.includes(value), `could not choose ${value} in "${label}"`);
      }
      for (const label of edit.toggles) {
        const id = await labelFor(label);
        await page.click(`label[for="${id}"]`);
      }
      const attributes = await page.evaluate((id) => window.wp.data.select('core/block-editor').getBlockAttributes(id), clientId);
      for (const [key, value] of Object.entries(edit.attributes)) {
        assert(attributes[key] === value, `block attribute ${key}=${JSON.stringify(attributes[key])}, wanted ${JSON.stringify(value)}`);
      }

      // Every control explains itself; levels and ids are chosen from lists, never typed.
      const controls = await page.evaluate(() => {
        const panel = [...document.querySelectorAll('.block-editor-block-inspector .components-panel__body')].find(
          (body) => body.querySelector('.components-panel__body-title')?.textContent.trim() === 'Widget settings',
        );
        if (!panel) return null;
        return [...panel.querySelectorAll('.components-base-control')].map((control) => {
          const label = control.querySelector('label')?.textContent.trim() ?? '';
          const field = control.querySelector(`[id="${control.querySelector('label')?.htmlFor}"]`);
          return { label, help: control.querySelector('[class*="__help"]')?.textContent.trim() ?? '', kind: field?.localName === 'select' ? 'select' : field?.type };
        });
      });
      assert(controls && controls.length >= 5, `Widget settings panel: ${JSON.stringify(controls)}`);
      const noHelp = controls.filter((control) => !control.help);
      assert(noHelp.length === 0, `controls without help text: ${noHelp.map((control) => control.label).join(', ')}`);
      for (const label of ['Heading level', 'Starting step', 'Outcome', 'Highlight a group']) {
        const control = controls.find((c) => c.label === label);
        assert(!control || control.kind === 'select', `"${label}" is a ${control?.kind}, not a list to choose from`);
      }

      // The live preview is the real widget with the chosen settings. From block API 3 the
      // editor's canvas may be an iframe (always on WordPress 6.8 here): look there first.
      const canvas = await editorCanvas(page);
      canvasKind = canvas === page.mainFrame() ? 'preview in the editor page' : 'preview in the editor-canvas iframe';
      await waitForWidgets(canvas);
      const instance = { widget: edit.widget, expect: edit.expect, level: edit.level };
      const [preview] = await describeWidgets(canvas, [probesFor(instance, docs)]);
      const problems = widgetProblems(instance, preview, docs);
      assert(problems.length === 0, `editor preview: ${problems.join('; ')}`);
      if (SCREENSHOTS) {
        await page.evaluate(() => document.activeElement?.blur?.());
        const file = join(root, `docs/screenshots/wordpress-${release.expect}-${edit.widget}.png`);
        await page.screenshot({ path: file });
      }

      await page.evaluate((title) => window.wp.data.dispatch('core/editor').editPost({ title }), `Editor: ${edit.widget}`);
      // Publish as an editor does: the header's Publish button opens the panel, whose button
      // publishes. Either button is briefly disabled while the editor saves, so retry until done.
      const deadline = Date.now() + 30000;
      const clicks = [];
      for (;;) {
        const state = await page.evaluate(() => {
          const editor = window.wp.data.select('core/editor');
          if (editor.isCurrentPostPublished() && !editor.isSavingPost()) return 'published';
          const enabled = (selector) => {
            const button = document.querySelector(selector);
            return button && button.getAttribute('aria-disabled') !== 'true' && !button.disabled ? selector : null;
          };
          if (editor.isSavingPost()) return 'saving';
          return enabled('.editor-post-publish-panel .editor-post-publish-button') ?? enabled('.editor-post-publish-panel__toggle') ?? 'waiting';
        });
        if (state === 'published') break;
        assert(Date.now() < deadline, `not published after 30 s (last state ${state}; clicked ${clicks.join(', ') || 'nothing'})`);
        if (state.startsWith('.')) {
          await page.click(state);
          clicks.push(state.includes('toggle') ? 'toggle' : 'publish');
        }
        await new Promise((r) => setTimeout(r, 300));
      }
      published = await page.evaluate(() => ({
        id: window.wp.data.select('core/editor').getCurrentPostId(),
        link: window.wp.data.select('core/editor').getPermalink(),
        content: window.wp.data.select('core/editor').getEditedPostContent(),
      }));
      assert(published.content.includes(`<!-- wp:${name} `), `saved content: ${published.content}`);
      const { ours } = consoleProblems(log);
      assert(ours.length === 0, `console: ${ours.join(' | ')}`);
      return `${canvasKind}; post ${published.id}: ${published.content}`;
    });
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
    page.removeAllListeners('request');
    page.removeAllListeners('requestfailed');
    if (published) {
      await frontEndCheck(`editor post ${published.id}`, `${url}/?p=${published.id}`, [{ widget: edit.widget, expect: edit.expect, level: edit.level }]);
    }
  }

  await check('editor: blocks saved with odd values (level 7, 2.5 or "3", unknown ids, step 99, "TRUE") preview exactly what the page prints', async () => {
    const page = admin;
    await page.goto(`${url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('study-explainers/study-arms-chart') && window.wp.data?.select('core/editor')?.getCurrentPostId?.(), { timeout: 45000 });
    const bad = {
      // WordPress's own type check passes '3' as an integer and 'TRUE' as a boolean, drops 2.5 and 'yes'.
      'study-arms-chart': { headingLevel: 7, outcome: 'nope', highlight: ' combination ', view: 'pie', theme: 'Dark', audience: 'doctor', lang: ' ES' },
      'mechanism-stepper': { headingLevel: 2.5, step: 99, lang: 'fr', showAll: 'yes' },
      'evidence-badge': { headingLevel: '3', variant: 'FULL', open: 'TRUE' },
    };
    const content = await page.evaluate((bad) => {
      const { data, blocks } = window.wp;
      data.dispatch('core/preferences')?.set?.('core/edit-post', 'welcomeGuide', false);
      for (const [widget, attributes] of Object.entries(bad)) data.dispatch('core/block-editor').insertBlocks(blocks.createBlock(`study-explainers/${widget}`, attributes));
      return data.select('core/editor').getEditedPostContent();
    }, bad);
    const canvas = await editorCanvas(page);
    await waitForWidgets(canvas);
    // What the server prints for the same block comments, upgraded beside the previews: both
    // must end up with the same settings (compared as element properties, after upgrade).
    const printed = runPhp(site.siteDir, 'seed.php', { posts: [], blocks: { bad: content } }).blocks.bad;
    const pageWidgets = widgetsInHtml(printed);
    const compared = await canvas.evaluate(
      (selector, html) => {
        const props = ['lang', 'audience', 'theme', 'headingLevel', 'step', 'showAll', 'outcome', 'view', 'highlight', 'variant', 'open'];
        const settings = (el) => ({ tag: el.localName, ...Object.fromEntries(props.map((prop) => [prop, el[prop] ?? null])) });
        const previews = [...document.querySelectorAll(selector)].map(settings);
        const holder = document.createElement('div');
        holder.hidden = true;
        holder.innerHTML = html;
        document.body.append(holder);
        const page = [...holder.querySelectorAll(selector)].map(settings);
        holder.remove();
        return { previews, page };
      },
      TAGS_SELECTOR,
      printed,
    );
    assert(compared.page.length === 3 && compared.previews.length === 3, `${compared.page.length} printed, ${compared.previews.length} previewed`);
    const problems = compared.page
      .map((wanted, i) => [wanted, compared.previews[i]])
      .filter(([wanted, shown]) => JSON.stringify(wanted) !== JSON.stringify(shown))
      .map(([wanted, shown]) => `page ${JSON.stringify(wanted)}, preview ${JSON.stringify(shown)}`);
    assert(problems.length === 0, problems.join('; '));
    await page.evaluate(() => window.wp.data.dispatch('core/editor').resetEditorBlocks?.([]));
    return pageWidgets.map((widget) => `<${widget.tag} ${JSON.stringify(widget.attrs)}>`).join(' ');
  });

  // ---- PHP log --------------------------------------------------------------------------------
  section('PHP log');
  await check('no PHP errors, warnings or notices from the plugin', () => {
    let text = '';
    try {
      text = readFileSync(site.logFile, 'utf8');
    } catch {
      // no log: nothing was logged
    }
    const ours = text.split('\n').filter((line) => line.includes('/plugins/study-explainers/'));
    assert(ours.length === 0, ours.slice(0, 5).join(' | '));
    return `${text.split('\n').filter(Boolean).length} log lines from WordPress core under PHP ${php.version}, none from the plugin`;
  });
}

try {
  await main();
} catch (error) {
  record('suite ran to the end', false, error?.stack ?? String(error));
} finally {
  await browser?.close().catch(() => {});
  stopAll();
}
writeCounts();
console.log(`\nTime: ${((Date.now() - started) / 1000).toFixed(1)} s (PHP ${php.version}; ${times.join(', ')})`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
