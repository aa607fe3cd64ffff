import { defineBrowserProvider } from '@vitest/browser';
import { WebdriverBrowserProvider } from '@vitest/browser-webdriverio';
import { startWebKitDriver, webkitCapabilities } from '../test/support/webkit-driver.js';

/**
 * Vitest's WebdriverIO provider on WebKitGTK (test/support/webkit-driver.js): Debian's MiniBrowser,
 * not the Safari its `safari` browser name asks for. The driver starts with the first story file and
 * stops with the run.
 */
class WebKitProvider extends WebdriverBrowserProvider {
  async openBrowser() {
    this.webkitDriver ??= startWebKitDriver().then((driver) => {
      Object.assign(this.options, { hostname: '127.0.0.1', port: driver.port });
      return driver;
    });
    await this.webkitDriver;
    return super.openBrowser();
  }

  buildCapabilities() {
    return webkitCapabilities;
  }

  async close() {
    try {
      await super.close();
    } finally {
      (await this.webkitDriver)?.stop();
    }
  }
}

export function webkit() {
  return defineBrowserProvider({
    name: 'webdriverio',
    supportedBrowser: ['webkit'],
    options: {},
    providerFactory: (project) => new WebKitProvider(project, {}),
  });
}
