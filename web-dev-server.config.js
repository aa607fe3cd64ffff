// `npm start` builds (which writes demo/index.html from its template, see scripts/build-demo.js)
// and serves the repository root; the demo article lives at /demo/.
const port = Number(process.env.PORT || 8000);

export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port,
  // The demo loads the built classic bundle exactly as a news site would: no transforms.
  nodeResolve: false,
  watch: false,
  open: false,
  plugins: [
    {
      name: 'print-demo-url',
      serverStart() {
        setTimeout(() => console.log(`\n  Demo article: http://127.0.0.1:${port}/demo/\n`), 0);
      },
    },
  ],
};
