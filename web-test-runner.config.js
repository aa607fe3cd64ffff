import { esbuildPlugin } from '@web/dev-server-esbuild';
import { bundleCommonJs } from './test/support/bundle-cjs-plugin.js';
import { chromeArgs as CHROMIUM_FLAGS } from './scripts/browser.js';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import * as puppeteer from 'puppeteer-core';
import { countsReporter } from './test/support/counts-reporter.js';
import { loaderEmbed, prerenderedPage, testApi } from './test/support/server-plugins.js';
import { pageCommands } from './test/support/page-commands-plugin.js';
import { webkitLauncher } from './test/support/webkit-launcher.js';

/**
 * Real browsers only: Debian's Chromium, Firefox ESR and WebKitGTK (no downloads on these machines).
 * BROWSERS=chromium, BROWSERS=firefox or BROWSERS=webkit runs one of them.
 */
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const wanted = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',');

const chromeArgs = [
  ...CHROMIUM_FLAGS,
  // Test pages run side by side in background tabs: keep their timers at full speed.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(chromeLauncher({ launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs } }));
}
if (wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
  );
}
if (wanted.includes('webkit')) browsers.push(webkitLauncher());

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'browser'] },
  browsers,
  // One test file at a time: only the front tab renders (rAF, IntersectionObserver, iframe resizes) and,
  // in Firefox, gets keys and clipboard writes; tests that bring their tab to the front would stall the other.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  middleware: [testApi, loaderEmbed, prerenderedPage],
  plugins: [
    bundleCommonJs(['ajv', 'syllable']),
    pageCommands(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countsReporter()],
};
