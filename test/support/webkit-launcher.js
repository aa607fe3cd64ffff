import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { startWebKitDriver, webkitCapabilities } from './webkit-driver.js';

/** 800 × 600 inner size, like headless Chromium's default viewport. */
const webkitWindow = { width: 800, height: 600 };

/** web-test-runner's WebDriver launcher on WebKitGTK (webkit-driver.js), started and stopped with the run. */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ logLevel: 'error', hostname: '127.0.0.1', capabilities: webkitCapabilities });
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
    this.webkitDriver = await startWebKitDriver();
    this.options.port = this.webkitDriver.port;
  }

  async createDriverManager() {
    const manager = await super.createDriverManager();
    await this.setViewport(webkitWindow);
    return manager;
  }

  async stop() {
    await super.stop();
    this.webkitDriver?.stop();
    this.webkitDriver = undefined;
  }

  /**
   * One key at a time. WebdriverIO's keys() presses every key down before letting any go, and
   * WebKitWebDriver drops a key pressed while already down: "https://" would arrive as "htps:/".
   */
  async sendKeys(_sessionId, keys) {
    for (const key of keys) await this.driver.keys(key);
  }

  /** Keys held together, e.g. ['Control', 'v'] (page-commands `key-chord`). */
  async pressChord(keys) {
    await this.driver.keys(keys);
  }

  /** Makes the page's inner size { width, height }, whatever room the window's own chrome takes (page-commands `viewport`). */
  async setViewport({ width, height }) {
    await this.driver.setWindowSize(width, height);
    const [innerWidth, innerHeight] = await this.driver.execute(() => [window.innerWidth, window.innerHeight]);
    if (innerWidth !== width || innerHeight !== height) await this.driver.setWindowSize(2 * width - innerWidth, 2 * height - innerHeight);
  }
}

export function webkitLauncher() {
  return new WebKitLauncher();
}
