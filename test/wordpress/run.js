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
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeArgs } from '../../scripts/browser.js';
import { buildWordPress, zipPath } from '../../scripts/build-wordpress.js';
import { ALLOWED, DIRECT, EDITOR_CASES, FORGED_POSTS, HOSTILE_COPIES, HOSTILE_POST, MISTAKES, MISTAKES_POST, PLAIN_POSTS, POSTS, postContent } from './cases.js';
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
  decodeEntities,
} from './page-checks.js';
import { checkPhp74, php74Problems } from './php74.js';
import { chosenReleases, createSite, fetchDownloads, freePort, phpStatus, readZip, RELEASES, runPhp, startServer } from './site.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const resultsFile = join(root, 'test-results/wordpress.json');
const started = Date.now();
const counts = { passed: 0, failed: 0, skipped: 0 };
const PLUGIN_PATH = '/wp-content/plugins/study-explainers/';
const CHROME_ARGS = chromeArgs;
const NEWEST = RELEASES.at(-1).expect;
const releases = chosenReleases();
// WORDPRESS_SCREENSHOTS=1 saves the editor with each block selected to docs/screenshots/.
const SCREENSHOTS = process.env.WORDPRESS_SCREENSHOTS === '1';
/** Our front-end files: the classic bundle, or the loader module and its chunks (WordPress 6.5+). */
const CLASSIC = `${PLUGIN_PATH}assets/study-explainers.min.js`;
const LOADER = `${PLUGIN_PATH}assets/loader.js`;
const CHUNKS = `${PLUGIN_PATH}assets/chunks/`;
const isOurScript = (request) => [CLASSIC, LOADER, CHUNKS].some((path) => request.includes(path));
/** The WordPress releases that load ES modules (wp_enqueue_script_module): the loader's. */
const usesModules = (release) => Number(release.expect) >= 6.5;
/** Figures for the closing note (bytes of our scripts per page), printed at the end. */
const measurements = [];
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

/**
 * A widget far below the viewport loads its content when a reader comes near: scrolls to each
 * element matching `selector` in turn, as a reader would, then back to the top.
 */
const visitEachWidget = (page, selector) =>
  page.evaluate(async (within) => {
    for (const el of document.querySelectorAll(within)) {
      el.scrollIntoView();
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    scrollTo(0, 0);
  }, selector);

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
      'uninstall.php',
      'includes/copies.php',
      'assets/copy-keeper.js',
      'assets/study-explainers.min.js',
      'assets/loader.js',
      'assets/editor.js',
      'assets/declarative-html.js',
      'languages/study-explainers.pot',
      'languages/study-explainers-es_ES.po',
      'languages/study-explainers-es_ES.mo',
      'assets/editor.asset.php',
      'content/plerixafor-2019.en.json',
      'content/plerixafor-2019.es.json',
    ];
    for (const widget of ['mechanism-stepper', 'study-arms-chart', 'evidence-badge']) {
      need.push(`blocks/${widget}/block.json`, `blocks/${widget}/index.js`, `blocks/${widget}/index.asset.php`);
    }
    const missing = need.filter((name) => file(name) === undefined);
    // The loader's chunks, imported by relative path from assets/loader.js.
    const imported = [...file('assets/loader.js').matchAll(/import\("\.\/(chunks\/[^"]+)"\)/g)].map((m) => `assets/${m[1]}`);
    assert(imported.length > 5, `the loader imports ${imported.length} chunks`);
    missing.push(...imported.filter((name) => file(name) === undefined));
    // The editor script's Spanish strings, named as WordPress's load_script_textdomain looks them up.
    const editorJson = `languages/study-explainers-es_ES-${createHash('md5').update('assets/editor.js').digest('hex')}.json`;
    if (file(editorJson) === undefined) missing.push(editorJson);
    else assert(JSON.parse(file(editorJson)).locale_data.messages['Widget settings']?.[0] === 'Ajustes del widget', `${editorJson}: no Spanish "Widget settings"`);
    assert(missing.length === 0, `missing: ${missing.join(', ')}`);
    // The bundle as built, less the comment that would ask for a source map the zip does not hold.
    const built = readFileSync(join(root, 'dist/study-explainers.min.js'), 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
    assert(file('assets/study-explainers.min.js') === built, 'bundle differs from dist/');
    const asking = zipEntries.filter((entry) => entry.name.endsWith('.js') && /sourceMappingURL=/.test(file(entry.name.replace(/^study-explainers\//, '')) ?? '')).map((entry) => entry.name);
    assert(asking.length === 0, `scripts that ask for a source map the zip lacks: ${asking.join(', ')}`);
    assert(!zipEntries.some((entry) => /\/\.|node_modules/.test(entry.name)), 'zip holds dotfiles or node_modules');
    for (const lang of ['en', 'es']) docs[lang] = JSON.parse(file(`content/plerixafor-2019.${lang}.json`));
    assert(docs.en.lang === 'en' && docs.es.lang === 'es', 'content JSON languages');
    return `${need.length + imported.length + 1} required files present (${imported.length} chunks)`;
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
      [/^ \* Domain Path:\s+\/languages$/m, 'Domain Path: /languages'],
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
      assert(!('default' in meta.attributes.theme), `${widget}: the theme attribute has a default, so "not chosen" cannot follow the site`);
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
  // Leaving an editor with unsaved test blocks asks "leave the page?": yes.
  admin.on('dialog', (dialog) => dialog.accept().catch(() => {}));
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
  const allPosts = [...POSTS.map((post) => ({ ...post, content: postContent(post) })), HOSTILE_POST, MISTAKES_POST, ...FORGED_POSTS, ...PLAIN_POSTS];
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
  await check(
    usesModules(release)
      ? 'widget pages load the loader as a script module from the plugin folder (no CDN), and no classic bundle'
      : 'widget pages load the classic bundle from the plugin folder (no CDN), WordPress before 6.5 having no script modules',
    () => {
      const html = htmlOf['block-defaults'];
      const tags = [...html.matchAll(/<script[^>]*\ssrc=["'][^"']*study-explainers[^"']*["'][^>]*>/g)].map((m) => m[0]);
      assert(tags.length === 1, `script tags: ${JSON.stringify(tags)}`);
      const [tag] = tags;
      const src = /\ssrc=["']([^"']+)["']/.exec(tag)[1];
      if (usesModules(release)) {
        assert(src.startsWith(`${url}${LOADER}`), src);
        assert(/\stype=["']module["']/.test(tag), `not a module: ${tag}`);
        return `${src.replace(url, '')}, type="module"`;
      }
      assert(src.startsWith(`${url}${CLASSIC}`), src);
      // Deferred where WordPress knows loading strategies (6.3+), in the footer before that.
      const strategies = Number(release.expect) >= 6.3;
      assert(/\sdefer\b/.test(tag) === strategies, `${tag} (WordPress ${release.expect})`);
      assert(html.indexOf(tag) > html.indexOf('<body'), 'the bundle is in the body (footer)');
      return `${src.replace(url, '')}${strategies ? ', deferred' : ', footer'}`;
    },
  );

  await check('widgets whose settings differ from the defaults only in language, audience, theme or heading level 2–3 arrive pre-rendered (declarative shadow DOM from the zip); others get the text fallback alone until a copy is kept for them', () => {
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
  await check('a copy forged into post content is never printed: in block attributes by an administrator, or in a malformed block comment by a contributor', () => {
    const seen = FORGED_POSTS.map((post) => {
      const html = htmlOf[post.key];
      const content = html.slice(html.indexOf('wp-block-post-content'));
      assert(!/__pwned|onerror|<img src="x"/.test(content), `${post.key}: the forged copy is in the page`);
      return `${post.key}: ${widgetsInHtml(content).map((w) => `<${w.tag}> ${/^<template/.test(w.inner) ? 'drawn' : 'text'}`).join(', ') || 'no widget'}`;
    });
    return seen.join('; ');
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


  // ---- Shortcode mistakes ---------------------------------------------------------------------
  section('Shortcode mistakes: what readers get, and the note for people who can edit the post');
  const noteTexts = (html) => [...html.matchAll(/<div class="study-explainers-note"[\s\S]*?<\/ul><\/div>/g)].map((m) => decodeEntities(m[0].replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' '));
  const mistakeWidgets = MISTAKES.filter((m) => m.expect).map((m) => m.expect);
  const sameWidgets = (html) => {
    const content = html.slice(html.indexOf('wp-block-post-content'));
    const found = widgetsInHtml(content);
    const problems = [];
    if (found.length !== mistakeWidgets.length) problems.push(`${found.length} widgets, wanted ${mistakeWidgets.length}`);
    // An administrator's page marks a widget without a drawn copy for the copy keeper: not a setting.
    for (const w of found) delete w.attrs['data-study-explainers-copy'];
    mistakeWidgets.forEach(({ tag, ...attrs }, i) => {
      if (found[i] && (found[i].tag !== tag || !sameAttrs(found[i].attrs, attrs))) problems.push(`#${i + 1} <${found[i].tag}> ${JSON.stringify(found[i].attrs)}, wanted <${tag}> ${JSON.stringify(attrs)}`);
    });
    return problems;
  };
  await check(`readers: ${MISTAKES.map((m) => m.shortcode.replace(/^\[study_explainer |\]$/g, '')).join(' · ')} → widgets with the defaults or nothing, and no note`, () => {
    const html = htmlOf[MISTAKES_POST.key];
    const problems = sameWidgets(html);
    assert(!html.includes('study-explainers-note'), 'readers see a note');
    assert(problems.length === 0, problems.join('; '));
    return `${mistakeWidgets.length} widgets (evidence_badge, Evidence-Badge, theme="Dark" view="TABLE" accepted), nothing for a missing or unknown widget`;
  });
  await check('editors (logged in, can edit the post): one note per shortcode mistake naming each rejected attribute and its allowed values; the same widgets', async () => {
    // The HTML as the server sent it to the logged-in admin (the DOM later holds upgraded widgets).
    const response = await admin.goto(seeded.posts[MISTAKES_POST.key].url, { waitUntil: 'load' });
    const html = await response.text();
    const notes = noteTexts(html);
    const wanted = MISTAKES.filter((m) => m.note);
    const problems = sameWidgets(html);
    if (notes.length !== wanted.length) problems.push(`${notes.length} notes, wanted ${wanted.length}: ${notes.join(' | ')}`);
    wanted.forEach((mistake, i) => {
      const text = notes[i] ?? '';
      for (const [written, accepted] of mistake.note) {
        if (!text.includes(written)) problems.push(`note ${i + 1} does not name ${written}: ${text}`);
        for (const value of typeof accepted === 'function' ? accepted(docs.en) : accepted) if (!text.includes(value)) problems.push(`note ${i + 1} lacks the allowed value ${value}`);
      }
    });
    const visible = await admin.$$eval('.study-explainers-note', (els) => els.filter((el) => el.checkVisibility() && el.getBoundingClientRect().height > 20).length);
    if (visible !== wanted.length) problems.push(`${visible} notes visible`);
    if (SCREENSHOTS) {
      const note = await admin.$('.study-explainers-note');
      await note.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await admin.screenshot({ path: join(root, `docs/screenshots/wordpress-${release.expect}-shortcode-note.png`) });
    }
    assert(problems.length === 0, problems.join('; '));
    return notes.map((n) => n.replace(/^.*?note\. /, '')).join(' | ').slice(0, 400);
  });

  // ---- Feeds ----------------------------------------------------------------------------------
  section('Feed');
  await check('the RSS feed carries each widget as its text with a link to the post: no template, style or script', async () => {
    const feed = await (await fetch(`${url}/?feed=rss2`)).text();
    const problems = [];
    for (const post of POSTS) {
      const item = [...feed.matchAll(/<item>[\s\S]*?<\/item>/g)].map((m) => m[0]).find((i) => i.includes(`<link>${seeded.posts[post.key].url}</link>`));
      if (!item) {
        problems.push(`${post.key}: not in the feed`);
        continue;
      }
      for (const [pattern, what] of [[/<template/i, '<template>'], [/shadowrootmode/i, 'shadowrootmode'], [/<style/i, '<style>'], [/<script/i, '<script>'], [/<(mechanism-stepper|study-arms-chart|evidence-badge)[\s>]/, 'a widget element']]) {
        if (pattern.test(item)) problems.push(`${post.key}: the feed holds ${what}`);
      }
      const fallbacks = (item.match(/class="study-explainer-fallback"/g) ?? []).length;
      const links = (item.match(new RegExp(`<a href="${seeded.posts[post.key].url.replace(/[.?]/g, '\\$&')}">`, 'g')) ?? []).length;
      if (fallbacks !== post.instances.length || links !== post.instances.length) problems.push(`${post.key}: ${fallbacks} text versions and ${links} links to the post, wanted ${post.instances.length}`);
    }
    assert(problems.length === 0, problems.join('; '));
    return `${(feed.length / 1024).toFixed(1)} KiB feed; ${POSTS.length} posts with their widgets as text and a link each`;
  });

  // ---- Front end in Chromium ------------------------------------------------------------------
  section('Front end in Chromium');
  /**
   * Every widget of a page has a drawn copy in the HTML readers get, and so its box before its
   * script runs (the plugin's scripts held back) is its box hydrated; the page's layout shift
   * meanwhile, at 390 px.
   */
  const copiesHold = async (pageUrl) => {
    const html = await (await fetch(pageUrl)).text();
    const widgets = widgetsInHtml(html.slice(html.indexOf('wp-block-post-content')));
    const bare = widgets.filter((w) => !/^<template shadowrootmode="open"><style>/.test(w.inner)).map((w) => `<${w.tag}> ${JSON.stringify(w.attrs)}`);
    assert(widgets.length > 0 && bare.length === 0, `no drawn copy in the page for ${bare.join(', ')}`);
    assert(!html.includes('data-study-explainers-copy'), 'readers get the copy keeper\'s mark');
    const heights = () => [...document.querySelectorAll('mechanism-stepper, study-arms-chart, evidence-badge')].map((el) => Math.round(el.getBoundingClientRect().height));
    const page = await reader.newPage();
    try {
      await page.setViewport({ width: 390, height: 844 });
      await page.setRequestInterception(true);
      const held = (request) => (request.url().includes(`${PLUGIN_PATH}assets/`) ? request.abort() : request.continue());
      page.on('request', held);
      await page.goto(pageUrl, { waitUntil: 'load' });
      assert(!(await page.evaluate(() => Boolean(customElements.get('evidence-badge')))), 'the widgets were defined with their script held back');
      const still = await page.evaluate(heights);
      page.off('request', held);
      await page.setRequestInterception(false);
      await page.evaluateOnNewDocument(() => {
        window.__seShift = 0;
        window.__seReady = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__seShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        addEventListener('explainer-ready', () => (window.__seReady += 1), true);
      });
      await page.goto(pageUrl, { waitUntil: 'load' });
      await visitEachWidget(page, TAGS_SELECTOR);
      await page.waitForFunction((n) => window.__seReady >= n, { timeout: 15000 }, still.length);
      await new Promise((r) => setTimeout(r, 300));
      const live = await page.evaluate(heights);
      const shift = await page.evaluate(() => window.__seShift);
      assert(live.every((h, i) => Math.abs(h - still[i]) <= 1), `${still.join(', ')} px before the script, ${live.join(', ')} px hydrated`);
      assert(shift <= 0.001, `layout shift ${shift.toFixed(4)}`);
      return `${still.join(', ')} px at 390 px before the script and hydrated, CLS ${shift.toFixed(3)}`;
    } finally {
      await page.close();
    }
  };

  const frontEndCheck = async (label, pageUrl, instances, measure = false) => {
    const page = await reader.newPage();
    page.setDefaultTimeout(20000);
    await page.setViewport({ width: 1280, height: 900 });
    const log = watchPage(page);
    await page.evaluateOnNewDocument(() => {
      window.__seEvents = { ready: 0, errors: [], tags: [] };
      addEventListener(
        'explainer-ready',
        (event) => {
          window.__seEvents.ready += 1;
          window.__seEvents.tags.push(event.target?.localName);
        },
        true,
      );
      addEventListener('explainer-error', (event) => window.__seEvents.errors.push(event.detail?.message), true);
    });
    try {
      await page.goto(pageUrl, { waitUntil: 'load' });
      await check(`${label}: ${instances.length} widgets upgrade`, async () => {
        await waitForWidgets(page);
        await visitEachWidget(page, TAGS_SELECTOR);
        // Pre-rendered widgets look drawn before their script upgrades them: wait for the events.
        await page.waitForFunction((n) => window.__seEvents.ready >= n || window.__seEvents.errors.length > 0, { timeout: 15000 }, instances.length).catch(() => {});
        const events = await page.evaluate(() => window.__seEvents);
        assert(events.errors.length === 0, `explainer-error: ${events.errors.join('; ')}`);
        assert(events.ready >= instances.length, `${events.ready} explainer-ready events (${events.tags.join(', ')})`);
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
      await check(`${label}: no console errors from our code; every request stays on the site; our scripts (${usesModules(release) ? 'the loader module and its chunks' : 'the classic bundle'}) fetched once`, async () => {
        const { ours, others } = consoleProblems(log);
        assert(ours.length === 0, ours.join(' | '));
        // data: and blob: URLs are made in the browser (WordPress's editor makes blob: ones): not requests to anyone.
        const foreign = log.requests.filter((request) => !request.startsWith(url) && !/^(data|blob):/.test(request));
        assert(foreign.length === 0, `third-party requests: ${foreign.join(', ')}`);
        const ourScripts = log.requests.filter(isOurScript);
        const count = (path) => ourScripts.filter((request) => request.includes(path)).length;
        if (usesModules(release)) {
          assert(count(LOADER) === 1 && count(CLASSIC) === 0, `loader requested ${count(LOADER)} times, classic bundle ${count(CLASSIC)} times`);
        } else {
          assert(count(CLASSIC) === 1 && ourScripts.length === 1, `classic bundle requested ${count(CLASSIC)} times; our scripts: ${ourScripts.join(', ')}`);
        }
        const notes = others.map((o) => `console (not ours): ${o}`);
        if (measure) {
          // What this page's widgets cost in script: each of our files as sent (PHP's server does not
          // compress) and gzipped (as a web server would send it), against the classic bundle.
          const sizes = await Promise.all(ourScripts.map(async (request) => Buffer.from(await (await fetch(request)).arrayBuffer())));
          const raw = sizes.reduce((sum, b) => sum + b.length, 0);
          const gzip = sizes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
          const classic = readFileSync(join(root, 'dist/study-explainers.min.js'));
          const line = `${label} on WordPress ${release.installed} (${instances.length} widgets): ${ourScripts.length} script files, ${raw} B (${gzip} B gzip), ${Math.round(gzip / instances.length)} B gzip per widget; the classic bundle alone is ${classic.length} B (${gzipSync(classic, { level: 9 }).length} B gzip)`;
          measurements.push(line);
          notes.push(line);
        }
        return { detail: `${log.requests.length} requests, all local; ${usesModules(release) ? `loader + ${count(CHUNKS)} chunks as modules` : 'classic bundle'}`, notes };
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
  for (const post of POSTS) await frontEndCheck(post.key, seeded.posts[post.key].url, post.instances, true);

  // ---- Copies kept by trusted viewers --------------------------------------------------------
  section("Copies kept by editors' and administrators' browsers: shortcodes and authors' blocks");
  const COPIES_ROUTE = `${url}/?rest_route=/study-explainers/v1/copies`;
  await check('the copy route refuses anyone who may not post unfiltered HTML, and markup that is not a drawn copy', async () => {
    const body = { key: `${version} lang=en`, html: '<template shadowrootmode="open"><style></style><p>x</p></template>' };
    const anonymous = await fetch(COPIES_ROUTE, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    assert(anonymous.status === 401, `anonymous: HTTP ${anonymous.status}`);
    // The administrator, with a REST nonce as the keeper asks for one (WordPress's rest-nonce action), sending a script.
    await admin.goto(seeded.posts['plain-post'].url, { waitUntil: 'load' });
    const answers = await admin.evaluate(async (route, request, ajax) => {
      const nonce = await (await fetch(`${ajax}?action=rest-nonce`, { credentials: 'same-origin' })).text();
      const send = async (html, withNonce = true) =>
        (await fetch(route, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json', ...(withNonce ? { 'X-WP-Nonce': nonce } : {}) }, body: JSON.stringify({ ...request, html }) })).status;
      return { script: await send(request.html.replace('<p>', '<script>window.__pwned=1</script><p>')), handler: await send(request.html.replace('<p>', '<p onclick="x">')), noNonce: await send(request.html, false), hasNonce: /^[0-9a-f]{10}$/.test(nonce) };
    }, COPIES_ROUTE, body, `${url}/wp-admin/admin-ajax.php`);
    assert(answers.hasNonce, 'WordPress gave the administrator no REST nonce');
    assert(answers.script === 400 && answers.handler === 400, `script: HTTP ${answers.script}, handler: HTTP ${answers.handler}`);
    // Without the nonce WordPress reads the request as anonymous.
    assert(answers.noNonce === 401, `without a nonce: HTTP ${answers.noNonce}`);
    return `anonymous 401, script 400, handler 400, no nonce 401`;
  });
  await check("the copies' form check passes every shipped copy and refuses what the widgets never draw; a logged-in contributor gets 403", () => {
    const result = runPhp(site.siteDir, 'copies.php', { hostile: HOSTILE_COPIES, request: { key: `${version} lang=en`, html: '<template shadowrootmode="open"><style></style><p>x</p></template>' } });
    const shipped = Object.entries(result.shipped);
    assert(shipped.length === 24, `${shipped.length} shipped copies`);
    const refused = shipped.filter(([, ok]) => !ok).map(([name]) => name);
    assert(refused.length === 0, `shipped copies refused: ${refused.join(', ')}`);
    const passed = Object.entries(result.hostile).filter(([, ok]) => ok).map(([name]) => name);
    assert(passed.length === 0, `hostile copies passed: ${passed.join(', ')}`);
    assert(result.contributor === 403, `contributor: HTTP ${result.contributor}`);
    return `${shipped.length} shipped copies pass, ${Object.keys(result.hostile).length} hostile ones refused, contributor 403`;
  });
  for (const key of ['shortcodes', 'block-contributor', 'same-settings']) {
    await check(`${key}: an administrator's visit draws each widget that had no drawn copy, and the site keeps it`, async () => {
      const without = widgetsInHtml(htmlOf[key]).filter((w) => !/^<template shadowrootmode/.test(w.inner)).length;
      assert(without > 0, 'every widget already had a drawn copy');
      const statuses = [];
      const onResponse = (response) => {
        if (response.url().includes('study-explainers/v1/copies') && response.request().method() === 'POST') statuses.push(response.status());
      };
      admin.on('response', onResponse);
      try {
        await admin.goto(seeded.posts[key].url, { waitUntil: 'load' });
        const marked = await admin.$$eval('[data-study-explainers-copy]', (els) => els.length);
        assert(marked === without, `${marked} widgets marked for the keeper, ${without} without a drawn copy`);
        await visitEachWidget(admin, '[data-study-explainers-copy]');
        const deadline = Date.now() + 20000;
        while (statuses.length < without && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      } finally {
        admin.off('response', onResponse);
      }
      assert(statuses.length === without && statuses.every((status) => status === 200), `answers: ${statuses.join(', ') || 'none'}`);
      return `${without} copies kept (HTTP ${statuses.join(', ')})`;
    });
    await check(`${key}: readers now get every widget drawn, with its box before any script runs: the same heights before the script and hydrated, and no layout shift`, () =>
      copiesHold(seeded.posts[key].url),
    );
  }

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
  for (const [caseIndex, edit] of EDITOR_CASES.entries()) {
    const name = `study-explainers/${edit.widget}`;
    const page = admin;
    // The first visit fetches everything: with the cache off, every load of our script is a request.
    await page.setCacheEnabled(caseIndex !== 0);
    const log = watchPage(page);
    // What the site answers the editor's copies of its previews (includes/copies.php).
    const copyAnswers = [];
    page.on('response', (response) => {
      if (response.url().includes('study-explainers') && response.url().includes('copies') && response.request().method() === 'POST') copyAnswers.push(response.status());
    });
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

      // Settings only tried in a preview are not sent to the site: only those of a saved post.
      assert(copyAnswers.length === 0, `copies sent before the post was saved: ${copyAnswers.join(', ')}`);
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
      assert(!published.content.includes('shadowrootmode'), 'a drawn copy went into the post');
      // These settings have no shipped copy: once the post is saved, the site gets the preview's copy.
      const deadlineForCopy = Date.now() + 20000;
      while (!copyAnswers.includes(200) && Date.now() < deadlineForCopy) await new Promise((r) => setTimeout(r, 100));
      assert(copyAnswers.length === 1 && copyAnswers[0] === 200, `the copy of the preview: ${copyAnswers.join(', ') || 'not sent'}`);
      const { ours } = consoleProblems(log);
      assert(ours.length === 0, `console: ${ours.join(' | ')}`);
      return `${canvasKind}; post ${published.id}: ${published.content}`;
    });
    await check(`editor (${edit.widget}): our widgets' script is in one document only (${canvasKind.replace('preview in ', '')})${caseIndex === 0 ? ', fetched once' : ''}`, async () => {
      const perFrame = await Promise.all(
        page.frames().map((frame) =>
          frame.evaluate((paths) => [...document.scripts].filter((script) => paths.some((path) => script.src.includes(path))).length, [CLASSIC, LOADER, CHUNKS]).catch(() => 0),
        ),
      );
      const inDocuments = perFrame.reduce((sum, n) => sum + n, 0);
      if (inDocuments !== 1) {
        const where = await Promise.all(
          page.frames().map((frame) =>
            frame
              .evaluate(
                (selector) =>
                  `${location.href.slice(0, 60)}: ${[...document.scripts].map((s) => s.src).filter((src) => /min\.js|loader/.test(src)).join(' ')} widgets: ${[...document.querySelectorAll(selector)]
                    .map((el) => `${el.localName} in ${[el.parentElement?.className, el.parentElement?.parentElement?.className, el.closest('[class*="preview"], [class*="popover"], [class*="panel"]')?.className].join(' / ')}`)
                    .join('; ')}`,
                TAGS_SELECTOR,
              )
              .catch(() => '?'),
          ),
        );
        throw new Error(`our script is in ${inDocuments} documents: ${where.join(' | ')}`);
      }
      const fetched = log.requests.filter(isOurScript);
      if (caseIndex === 0) assert(fetched.length === 1 && fetched[0].includes(CLASSIC), `fetched: ${fetched.join(', ') || 'nothing'}`);
      return caseIndex === 0 ? `fetched once: ${fetched[0].replace(url, '')}` : 'one document';
    });
    await check(`editor (${edit.widget}): no deprecation message in the console${Number(release.expect) >= 6.8 ? '' : ' (reported only: older WordPress)'}`, () => {
      const deprecations = log.console.filter((entry) => /deprecat/i.test(entry.text)).map((entry) => entry.text.slice(0, 200));
      if (Number(release.expect) >= 6.8) assert(deprecations.length === 0, deprecations.join(' | '));
      return { detail: `${log.console.length} console messages`, notes: deprecations.map((d) => `deprecation: ${d}`) };
    });
    await page.setCacheEnabled(true);
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
    page.removeAllListeners('request');
    page.removeAllListeners('requestfailed');
    page.removeAllListeners('response');
    if (published) {
      await frontEndCheck(`editor post ${published.id}`, `${url}/?p=${published.id}`, [{ widget: edit.widget, expect: edit.expect, level: edit.level }]);
      await check(`editor post ${published.id} (${edit.widget}): the page holds the copy the editor drew, so the widget has its box before any script runs: the same height before its script runs as hydrated, and no layout shift`, () =>
        copiesHold(`${url}/?p=${published.id}`),
      );
    }
  }


  await check('editor: clicks inside a preview (next step, table, details) are not saved, and the next change of a setting draws the widget afresh from the settings', async () => {
    const page = admin;
    await page.goto(`${url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('study-explainers/evidence-badge') && window.wp.data?.select('core/editor')?.getCurrentPostId?.(), { timeout: 45000 });
    const ids = await page.evaluate(() => {
      const { data, blocks } = window.wp;
      data.dispatch('core/preferences')?.set?.('core/edit-post', 'welcomeGuide', false);
      return ['mechanism-stepper', 'study-arms-chart', 'evidence-badge'].map((widget) => {
        const block = blocks.createBlock(`study-explainers/${widget}`);
        data.dispatch('core/block-editor').insertBlocks(block);
        return block.clientId;
      });
    });
    const canvas = await editorCanvas(page);
    await waitForWidgets(canvas);
    const state = () =>
      canvas.evaluate(() => {
        const [stepper, chart, badge] = ['mechanism-stepper', 'study-arms-chart', 'evidence-badge'].map((tag) => document.querySelector(tag));
        // The chart's view property is unset until a reader or a setting changes it: the chart shows.
        return { step: stepper.step, view: chart.view ?? 'chart', open: badge.open };
      });
    // Try the widgets as a reader would: Next twice, the table, the details.
    await canvas.evaluate(async () => {
      const pause = () => new Promise((resolve) => setTimeout(resolve, 150));
      const stepper = document.querySelector('mechanism-stepper').shadowRoot;
      stepper.querySelector('button.next').click();
      await pause();
      stepper.querySelector('button.next').click();
      await pause();
      document.querySelector('study-arms-chart').shadowRoot.querySelector('button.toggle').click();
      document.querySelector('evidence-badge').shadowRoot.querySelector('summary').click();
      await pause();
    });
    const tried = await state();
    assert(tried.step === 2 && tried.view === 'table' && tried.open === true, `clicks inside the previews did not take: ${JSON.stringify(tried)}`);
    const saved = await page.evaluate((ids) => ids.map((id) => window.wp.data.select('core/block-editor').getBlockAttributes(id)), ids);
    assert(saved[0].step === 0 && saved[1].view === 'chart' && saved[2].open === false, `clicks were saved: ${JSON.stringify(saved)}`);
    // Now an editor changes Theme on each block: each preview starts again from its settings.
    await page.evaluate((ids) => ids.forEach((id) => window.wp.data.dispatch('core/block-editor').updateBlockAttributes(id, { theme: 'dark' })), ids);
    await canvas.waitForFunction(() => ['mechanism-stepper', 'study-arms-chart', 'evidence-badge'].every((tag) => document.querySelector(tag)?.getAttribute('theme') === 'dark'), { timeout: 10000 });
    await waitForWidgets(canvas);
    const after = await state();
    assert(after.step === 0 && after.view === 'chart' && after.open === false, `after changing Theme the previews show ${JSON.stringify(after)}, not their settings (step 0, chart, details closed)`);

    // The "Starting step" list names the steps for the block's audience.
    await page.evaluate((id) => {
      window.wp.data.dispatch('core/block-editor').updateBlockAttributes(id, { audience: 'clinician' });
      window.wp.data.dispatch('core/block-editor').selectBlock(id);
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    }, ids[0]);
    const wantedSteps = docs.en.mechanism.steps.map((step, i) => `${i + 1}. ${typeof step.title === 'string' ? step.title : step.title.clinician}`);
    await page
      .waitForFunction(
        (first) => [...document.querySelectorAll('.block-editor-block-inspector select option')].some((option) => option.textContent.trim() === first),
        { timeout: 10000 },
        wantedSteps[0],
      )
      .catch(() => {});
    const shown = await page.evaluate(() => {
      const label = [...document.querySelectorAll('.block-editor-block-inspector label')].find((l) => l.textContent.trim() === 'Starting step');
      return label ? [...document.getElementById(label.htmlFor).options].map((option) => option.textContent.trim()) : [];
    });
    assert(JSON.stringify(shown) === JSON.stringify(wantedSteps), `Starting step lists ${JSON.stringify(shown)}, wanted the clinician titles ${JSON.stringify(wantedSteps)}`);
    await page.evaluate(() => window.wp.data.dispatch('core/editor').resetEditorBlocks?.([]));
    return `after Next ×2, table and details, a Theme change shows step ${after.step + 1}, the ${after.view}, details ${after.open ? 'open' : 'closed'}; Starting step lists the clinician titles`;
  });

  await check('inserter: each block\'s example preview and its description fit a window 800 px high', async () => {
    const page = admin;
    await page.setViewport({ width: 1280, height: 800 });
    try {
      await page.goto(`${url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('study-explainers/evidence-badge') && window.wp.data?.select('core/editor')?.getCurrentPostId?.(), { timeout: 45000 });
      await page.evaluate(() => window.wp.data.dispatch('core/preferences')?.set?.('core/edit-post', 'welcomeGuide', false));
      const toggle = await page.waitForSelector('.editor-document-tools__inserter-toggle, .edit-post-header-toolbar__inserter-toggle');
      await toggle.click();
      const results = [];
      for (const widget of ['mechanism-stepper', 'study-arms-chart', 'evidence-badge']) {
        const title = await page.evaluate((name) => window.wp.blocks.getBlockType(name).title, `study-explainers/${widget}`);
        const search = await page.waitForSelector('.block-editor-inserter__search input');
        await search.click({ clickCount: 3 });
        await search.type(title);
        const findItem = () =>
          page.waitForFunction(
            (text) => [...document.querySelectorAll('.block-editor-block-types-list__item')].find((el) => el.textContent.trim() === text) ?? null,
            { timeout: 10000 },
            title,
          );
        const item = await findItem();
        // The panel opens on hover and closes when the list re-renders under the pointer (the search
        // results settle after typing): hover again until the preview has rendered the widget.
        for (let attempt = 1; ; attempt++) {
          await (attempt === 1 ? item : await findItem()).asElement().hover();
          const rendered = await page
            .waitForFunction(
              (tag) => {
                const el = document.querySelector('.block-editor-inserter__preview-container iframe')?.contentDocument?.querySelector(tag);
                return Boolean(el?.shadowRoot?.querySelector('.root') && !el.shadowRoot.querySelector('.root > .loading'));
              },
              { timeout: 8000, polling: 100 },
              widget,
            )
            .catch(() => null);
          if (rendered) break;
          const inside = await page.$eval('.block-editor-inserter__preview-container', (el) => el.innerHTML.slice(0, 200)).catch(() => 'no preview container');
          assert(attempt < 4, `${widget}: the inserter's preview did not render: ${inside}`);
          await page.mouse.move(5, 5);
        }
        // Let the preview take its final height (it follows its content).
        await new Promise((resolve) => setTimeout(resolve, 800));
        // Hover again (the list may have re-rendered), so the panel shows this block's final preview.
        await (await findItem()).asElement().hover();
        await page.waitForSelector('.block-editor-inserter__preview-container .block-editor-block-card__description', { timeout: 10000 });
        const box = await page.evaluate(() => {
          const container = document.querySelector('.block-editor-inserter__preview-container');
          const preview = container.querySelector('.block-editor-inserter__preview-content');
          const description = container.querySelector('.block-editor-block-card__description');
          const r = (el) => el.getBoundingClientRect();
          return {
            preview: Math.round(r(preview).height),
            clipped: preview.scrollHeight > preview.clientHeight + 1,
            descriptionBottom: Math.round(r(description).bottom),
            containerClipped: container.scrollHeight > container.clientHeight + 1,
            window: innerHeight,
          };
        });
        results.push({ widget, ...box });
      }
      const bad = results.filter((r) => r.clipped || r.containerClipped || r.descriptionBottom > r.window);
      assert(bad.length === 0, JSON.stringify(bad));
      return results.map((r) => `${r.widget} preview ${r.preview} px, description ends at ${r.descriptionBottom} px`).join('; ');
    } finally {
      await page.setViewport({ width: 1280, height: 900 });
    }
  });

  await check('editor: blocks saved with odd values (level 7, ["x"] or "3", a theme object, unknown ids, step 99, "FULL", "TRUE") preview exactly what the page prints', async () => {
    const page = admin;
    await page.goto(`${url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('study-explainers/study-arms-chart') && window.wp.data?.select('core/editor')?.getCurrentPostId?.(), { timeout: 45000 });
    const bad = {
      // WordPress's own type check passes '3' as an integer and 'TRUE' as a boolean, drops 2.5 and 'yes'.
      'study-arms-chart': { headingLevel: 7, outcome: 'nope', highlight: ' combination ', view: 'pie', theme: 'Dark', audience: 'doctor', lang: ' ES' },
      // An array or object (no control writes one; a hand-edited comment can) is never read.
      'mechanism-stepper': { headingLevel: ['x'], step: 99, lang: 'fr', showAll: 'yes' },
      'evidence-badge': { headingLevel: '3', variant: 'FULL', open: 'TRUE', theme: { a: 1 } },
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

  // ---- Spanish editor ---------------------------------------------------------------------------
  section('A Spanish site: the editor speaks Spanish (the plugin\'s .mo and editor JSON)');
  await check('es_ES site: block titles, descriptions, the settings panel and its controls are in Spanish', async () => {
    runPhp(site.siteDir, 'locale.php', { locale: 'es_ES' });
    const page = admin;
    try {
      await page.goto(`${url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('study-explainers/mechanism-stepper') && window.wp.data?.select('core/editor')?.getCurrentPostId?.(), { timeout: 45000 });
      const types = await page.evaluate(() =>
        ['mechanism-stepper', 'study-arms-chart', 'evidence-badge'].map((widget) => {
          const type = window.wp.blocks.getBlockType(`study-explainers/${widget}`);
          return { title: type.title, description: type.description };
        }),
      );
      const wantedTitles = ['Cómo funciona, paso a paso', 'Resultados por grupo', 'Tipo de evidencia'];
      assert(JSON.stringify(types.map((t) => t.title)) === JSON.stringify(wantedTitles), `titles: ${JSON.stringify(types)}`);
      assert(types[0].description.startsWith('Cómo funciona el tratamiento'), `description: ${types[0].description}`);
      await page.evaluate(() => {
        const { data, blocks } = window.wp;
        data.dispatch('core/preferences')?.set?.('core/edit-post', 'welcomeGuide', false);
        const block = blocks.createBlock('study-explainers/mechanism-stepper');
        data.dispatch('core/block-editor').insertBlocks(block);
        data.dispatch('core/block-editor').selectBlock(block.clientId);
        data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      });
      const wanted = ['Idioma', 'Público', 'Tema', 'Nivel de encabezado', 'Paso inicial', 'Mostrar todos los pasos'];
      await page
        .waitForFunction((label) => [...document.querySelectorAll('.block-editor-block-inspector label')].some((l) => l.textContent.trim() === label), { timeout: 15000 }, wanted[0])
        .catch(() => {});
      const seen = await page.evaluate(() => ({
        panel: [...document.querySelectorAll('.block-editor-block-inspector .components-panel__body-title')].map((t) => t.textContent.trim()),
        labels: [...document.querySelectorAll('.block-editor-block-inspector label')].map((l) => l.textContent.trim()),
      }));
      assert(seen.panel.includes('Ajustes del widget'), `panel titles: ${seen.panel.join(', ')} (the editor script's JSON)`);
      const missing = wanted.filter((label) => !seen.labels.includes(label));
      assert(missing.length === 0, `missing ${missing.join(', ')}; labels: ${seen.labels.join(', ')}`);
      const canvas = await editorCanvas(page);
      await waitForWidgets(canvas);
      if (SCREENSHOTS) {
        await page.evaluate(() => document.activeElement?.blur?.());
        await page.screenshot({ path: join(root, `docs/screenshots/wordpress-${release.expect}-editor-es.png`) });
      }
      return `${wantedTitles.join(', ')}; panel "Ajustes del widget": ${wanted.join(', ')}`;
    } finally {
      await page.evaluate(() => window.wp?.data?.dispatch('core/editor')?.resetEditorBlocks?.([])).catch(() => {});
      runPhp(site.siteDir, 'locale.php', { locale: '' });
    }
  });

  // ---- Deleting the plugin ---------------------------------------------------------------------
  section('Deleting the plugin');
  await check('uninstall.php removes the kept copies, and no other option', () => {
    const { before, after } = runPhp(site.siteDir, 'uninstall.php');
    assert(before.copies > 0, 'no kept copy to remove (the copy keeper checks above keep some)');
    assert(after.copies === 0, `${after.copies} kept copies left`);
    assert(before.all - after.all === before.copies, `${before.all - after.all} options removed, ${before.copies} of them copies`);
    return `${before.copies} kept copies removed, ${after.all} other options left`;
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
    // Our files, or our text domain (WordPress names it, not our file, when translations load too early).
    const ours = text.split('\n').filter((line) => line.includes('study-explainers'));
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
if (measurements.length) console.log(`\nScript bytes per page:\n  ${measurements.join('\n  ')}`);
console.log(`\nTime: ${((Date.now() - started) / 1000).toFixed(1)} s (PHP ${php.version}; ${times.join(', ')})`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
