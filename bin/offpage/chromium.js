// The browser the off-page outputs are drawn with: the system Chromium (CHROME_PATH, else
// /usr/bin/chromium), driven by puppeteer-core, as `render` and the test scripts find it
// (scripts/render-chromium.js, scripts/browser.js). puppeteer-core is an optional peer
// dependency: the widgets never need it, so `npm install study-explainers` does not bring it.
import { existsSync } from 'node:fs';
import { MissingPiece } from './problem.js';

/** Where Debian puts Chromium; CHROME_PATH overrides it (here and in scripts/browser.js). */
export const DEFAULT_CHROME = '/usr/bin/chromium';

/** Headless Chromium quiet and alike on every machine: what every launch of ours passes. */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]);

/** The Chromium executable to use, or a MissingPiece naming how to get one. */
function chromiumPath() {
  const path = process.env.CHROME_PATH || DEFAULT_CHROME;
  if (!existsSync(path)) {
    throw new MissingPiece(
      `needs Chromium: none at ${path} (install it, e.g. \`apt-get install chromium\`, or set CHROME_PATH to a Chrome or Chromium executable)`,
    );
  }
  return path;
}

async function loadPuppeteer() {
  try {
    return (await import('puppeteer-core')).default;
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new MissingPiece('needs puppeteer-core to drive Chromium: run `npm install puppeteer-core` beside study-explainers');
  }
}

/**
 * A headless Chromium for `use(browser)`, closed afterwards. Fixed settings so the same input
 * gives the same pixels: no GPU, sRGB, no font hinting differences from LCD text, no scrollbars.
 */
export async function withChromium(use) {
  const executablePath = chromiumPath();
  const puppeteer = await loadPuppeteer();
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      '--force-color-profile=srgb',
      '--disable-lcd-text',
      '--font-render-hinting=none',
      '--hide-scrollbars',
    ],
  });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/**
 * A page showing `html` (no network: everything is inline) at `width` CSS px and `scale`, light
 * colours, reduced motion, fonts loaded. JavaScript stays on, so pre-rendered widgets draw as they
 * do with script (one step, not the no-script list), yet no script of ours runs in the page.
 */
export async function openPage(browser, html, { width, height = 800, scale = 1 }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: scale });
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: 'light' },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  await page.setRequestInterception(true);
  page.on('request', (request) => (request.url().startsWith('data:') ? request.continue() : request.abort()));
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}
