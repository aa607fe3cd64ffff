// Shared by the screenshot, demo-check and bench scripts: a static server on the repo root and
// Debian's Chromium through puppeteer-core (npm browser downloads do not work on these machines).
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, DEFAULT_CHROME } from '../bin/offpage/chromium.js';

export const chromeArgs = [...CHROMIUM_ARGS, '--disable-quic'];

/** Serves the repository root on a free localhost port; resolves to { url, stop }. */
export async function serveRoot({ middleware = [] } = {}) {
  const server = await startDevServer({
    config: { rootDir: process.cwd(), port: 0, hostname: '127.0.0.1', middleware },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const { port } = server.server.address();
  return { url: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}

export function launchChromium(extraArgs = []) {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || DEFAULT_CHROME,
    headless: true,
    args: [...chromeArgs, ...extraArgs],
  });
}
