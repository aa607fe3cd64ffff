import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.js';
import { duplicateGuard } from './scripts/duplicate-guard.js';
// The widget list as declared in src/manifest/ (tsc has compiled it by now: see "build" in package.json).
import { TAGS } from './dist/manifest/widgets.js';

/**
 * Classic scripts built from tsc's output in dist/ (npm users get those unbundled modules):
 * - dist/study-explainers.min.js: Lit and the default content inlined, registers the three tags;
 * - dist/embed.js + embed.html + embed.css: the iframe embed page;
 * - dist/resize.js: the host-page resizer for those iframes.
 * IIFEs run as a classic `<script src defer>` and as `type="module"` alike.
 * And one ES module for Node, dist/server.js (study-explainers/server, see `server` below).
 */
const plugins = [
  nodeResolve({ browser: true }),
  minifyTemplates(),
  terser({ ecma: 2021, module: false, format: { comments: false }, compress: { passes: 2 } }),
];

/** Copies static files of the embed page next to its script. */
const copy = (files) => ({
  name: 'copy-static',
  generateBundle() {
    for (const [from, to] of files) this.emitFile({ type: 'asset', fileName: to, source: readFileSync(from) });
  },
});

const bundle = (input, file, extra = []) => ({
  input,
  output: { file, format: 'iife', sourcemap: true },
  plugins: [...plugins, ...extra],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
});

/**
 * dist/server.js: the Node renderer (src/server/index.ts). Lit and its server renderer stay
 * imports, resolved in Node under the "node" condition, where Lit's isServer is true and the
 * elements' server branches run. The same template minifier as the browser bundles: the widgets'
 * markup and CSS come out as a browser draws them. No terser: nobody downloads it.
 */
const server = {
  input: 'dist/server/index.js',
  output: { file: 'dist/server.js', format: 'es', sourcemap: true },
  external: (id) => /^(node:|lit($|\/)|lit-html|lit-element|@lit\/|@lit-labs\/)/.test(id),
  plugins: [minifyTemplates()],
};

export default [
  // A second copy on the page stops before its Lit runs (see scripts/duplicate-guard.js).
  bundle('dist/define.js', 'dist/study-explainers.min.js', [
    duplicateGuard(TAGS, JSON.parse(readFileSync('package.json', 'utf8')).version),
  ]),
  bundle('dist/embed/embed.js', 'dist/embed.js', [
    copy([
      ['src/embed/embed.html', 'embed.html'],
      ['src/embed/embed.css', 'embed.css'],
    ]),
  ]),
  bundle('dist/embed/resize.js', 'dist/resize.js'),
  server,
];
