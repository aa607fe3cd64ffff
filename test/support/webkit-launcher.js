import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

/**
 * WebKit, the engine of every iPhone browser, as Debian ships it: WebKitGTK's MiniBrowser driven by
 * WebKitWebDriver (package webkit2gtk-driver; npm's WebKit download does not work on these machines).
 * MiniBrowser has no headless mode, so without a DISPLAY it draws on an Xvfb of its own (package xvfb).
 * Both processes start with the test run and stop with it.
 */
const miniBrowser = process.env.WEBKIT_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const webDriver = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

/** The browser window's size; 800 × 600 inner size like headless Chromium's default viewport. */
const webkitWindow = { width: 800, height: 600 };

class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      logLevel: 'error',
      hostname: '127.0.0.1',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only: it refuses sessions that ask for WebDriver BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    });
    /** @type {import('node:child_process').ChildProcess[]} */
    this.children = [];
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
    const env = { ...process.env, NO_AT_BRIDGE: '1' };
    if (!env.DISPLAY) env.DISPLAY = await this.startXvfb();
    this.options.port = await freePort();
    const driver = this.own(spawn(webDriver, [`--port=${this.options.port}`, '--host=local'], { env, stdio: 'ignore' }));
    await waitForDriver(this.options.port, driver);
  }

  async createDriverManager() {
    const manager = await super.createDriverManager();
    await this.setViewport(webkitWindow);
    return manager;
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

  async stop() {
    await super.stop();
    for (const child of this.children) child.kill();
    this.children = [];
  }

  own(child) {
    this.children.push(child);
    return child;
  }

  /** Starts Xvfb on the first free display (-displayfd writes its number) and resolves to ":N". */
  async startXvfb() {
    const xvfb = this.own(spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] }));
    const [chunk] = await Promise.race([
      once(xvfb.stdio[3], 'data'),
      once(xvfb, 'exit').then(() => Promise.reject(new Error('Xvfb did not start (apt-get install xvfb)'))),
      once(xvfb, 'error').then(([error]) => Promise.reject(error)),
    ]);
    return `:${String(chunk).trim()}`;
  }
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

async function waitForDriver(port, driver) {
  let exited = false;
  driver.once('exit', () => (exited = true));
  driver.once('error', () => (exited = true));
  for (let tries = 0; tries < 100 && !exited; tries += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not start at ${webDriver} (apt-get install webkit2gtk-driver xvfb)`);
}

export function webkitLauncher() {
  return new WebKitLauncher();
}
