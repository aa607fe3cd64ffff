import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/**
 * WebKit, the engine of every iPhone browser, as Debian ships it: WebKitGTK's MiniBrowser driven by
 * WebKitWebDriver (package webkit2gtk-driver; npm's WebKit download does not work on these machines).
 * MiniBrowser has no headless mode, so without a DISPLAY it draws on an Xvfb of its own (package xvfb).
 * Used by the browser tests (webkit-launcher.js) and the story tests (.storybook/webkit-provider.ts).
 */
const miniBrowser = process.env.WEBKIT_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const webDriver = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

/** What a WebDriver client asks WebKitWebDriver for. */
export const webkitCapabilities = {
  browserName: 'MiniBrowser',
  // WebKitWebDriver speaks classic WebDriver only: it refuses sessions that ask for WebDriver BiDi.
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
};

/** Starts WebKitWebDriver (and Xvfb if needed) on free ports; resolves to { port, stop }. */
export async function startWebKitDriver() {
  const children = [];
  const stop = () => {
    for (const child of children.reverse()) child.kill();
  };
  try {
    const env = { ...process.env, NO_AT_BRIDGE: '1' };
    if (!env.DISPLAY) {
      const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
      children.push(xvfb);
      env.DISPLAY = await displayOf(xvfb);
    }
    const port = await freePort();
    const driver = spawn(webDriver, [`--port=${port}`, '--host=local'], { env, stdio: 'ignore' });
    children.push(driver);
    await listening(port, driver);
    return { port, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Xvfb -displayfd 3 writes the number of the free display it took. */
async function displayOf(xvfb) {
  const [chunk] = await Promise.race([
    once(xvfb.stdio[3], 'data'),
    once(xvfb, 'exit').then(() => Promise.reject(new Error('Xvfb did not start (apt-get install xvfb)'))),
    once(xvfb, 'error').then(() => Promise.reject(new Error('no Xvfb (apt-get install xvfb)'))),
  ]);
  return `:${String(chunk).trim()}`;
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

async function listening(port, driver) {
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
