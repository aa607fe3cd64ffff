// `npm start` builds (which writes demo/index.html from its template, see scripts/build-demo.js)
// and serves the repository root; the demo article lives at /demo/. PORT=8001 npm start picks
// another port. `npm start` runs this file alone first, so a busy port is named before the build.
import { createServer } from 'node:net';
import { offPageMiddleware } from './bin/offpage/endpoint.js';

const port = Number(process.env.PORT || 8000);

/**
 * Whether `port` can be listened on as the dev server will, on 127.0.0.1 (on some systems a probe
 * of every interface succeeds while 127.0.0.1 alone is taken). Checked first because the server
 * itself, on a busy port, prints a stack trace and exits 0.
 */
const free = (wanted) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(wanted, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

if (!(await free(port))) {
  console.error(`Port ${port} is busy (another server is using it). Choose another with PORT, e.g. PORT=${port + 1} npm start`);
  process.exit(1);
}

export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port,
  // The demo loads the built classic bundle exactly as a news site would: no transforms.
  nodeResolve: false,
  watch: false,
  open: false,
  // The embed builder's downloads: the handout, the card and newsletter images, drawn by the CLI's own code.
  middleware: [offPageMiddleware()],
  plugins: [
    {
      name: 'print-demo-url',
      serverStart() {
        setTimeout(() => console.log(`\n  Demo article: http://127.0.0.1:${port}/demo/\n`), 0);
      },
    },
  ],
};
