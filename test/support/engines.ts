import { executeServerCommand, sendKeys, setViewport as setPuppeteerViewport } from '@web/test-runner-commands';

/**
 * The three engines the suite runs in, and the few test commands that differ between them.
 * Chromium and Firefox run under puppeteer; WebKit (WebKitGTK's MiniBrowser) under WebDriver
 * (test/support/webkit-launcher.js), which has neither media emulation nor held keys.
 */
export const isFirefox = navigator.userAgent.includes('Firefox');
/** WebKitGTK says "AppleWebKit … Safari" like Safari itself; Chromium says so too, but also "Chrome". */
export const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);
/**
 * Media emulation (print, prefers-reduced-motion) works in Chromium only: puppeteer cannot do it in
 * Firefox over WebDriver BiDi, and classic WebDriver (WebKit) has no such command.
 */
export const canEmulateMedia = !isFirefox && !isWebKit;

/** Skips the running test in one engine, with the reason in its reported title. */
export function skipIn(test: Mocha.Context, engine: 'Firefox' | 'WebKit', reason: string): void {
  if (engine === 'Firefox' ? !isFirefox : !isWebKit) return;
  if (test.test) test.test.title += ` (skipped in ${engine}: ${reason})`;
  test.skip();
}

/** web-test-runner's setViewport; in WebKit the window is resized to the same inner size. */
export async function setViewport(size: { width: number; height: number }) {
  if (!(await executeServerCommand('viewport', size))) await setPuppeteerViewport(size);
}

/** A key pressed with a modifier held, e.g. Control+V. */
export async function pressWith(modifier: 'Control' | 'Shift', key: string) {
  if (await executeServerCommand('key-chord', { keys: [modifier, key] })) return;
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}
