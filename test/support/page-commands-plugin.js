/**
 * Server commands for tests (call with `executeServerCommand` from @web/test-runner-commands):
 * - `bring-to-front`: test files run two at a time, and a page in a background tab does not
 *   render, so ResizeObserver and requestAnimationFrame never fire there. Tests that need
 *   rendering bring their page to the front first. Returns false when the browser cannot.
 * - `forced-colors` { active }: Chromium only, through the DevTools protocol
 *   (`Emulation.setEmulatedMedia` with the `forced-colors` feature). Returns false elsewhere.
 * - `viewport` { width, height } and `key-chord` { keys }: for the WebKit launcher (a WebDriver session,
 *   where web-test-runner's setViewport and held keys are not supported). Returns false for the
 *   other browsers, whose own commands do it (test/support/engines.ts picks).
 */
export function pageCommands() {
  const cdpSessions = new Map();
  return {
    name: 'page-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'viewport') return session.browser.setViewport ? (await session.browser.setViewport(payload), true) : false;
      if (command === 'key-chord') return session.browser.pressChord ? (await session.browser.pressChord(payload.keys), true) : false;
      if (command !== 'bring-to-front' && command !== 'forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) return false;
      if (command === 'bring-to-front') {
        await page.bringToFront();
        return true;
      }
      if (!/chrom/i.test(session.browser.name ?? '')) return false;
      let cdp = cdpSessions.get(session.id);
      if (!cdp) {
        cdp = await page.createCDPSession();
        cdpSessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
