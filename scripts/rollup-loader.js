import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './minify-templates.js';

/**
 * dist/loader.js and dist/chunks/: the ES-module loader (src/loader/loader.ts) and the chunks
 * it imports, one per element, one per language of the built-in study, the validator, and the
 * shared base (Lit and the base element). Built from tsc's output like rollup.config.js.
 * The elements get their content from the lazy sources (dist/loader/lazy-sources.js), which
 * register themselves when the loader imports them.
 */

/**
 * The loader resolves languages as the elements do (dist/i18n/languages.js) and starts the same
 * imports of the built-in study's parts (dist/content/default/plerixafor-2019.parts.js), but must
 * not import the base chunk, where those modules live: it gets copies of its own, built from the
 * same files (the `?loader` id keeps their folder, so their relative imports resolve as usual).
 */
const loaderEntry = fileURLToPath(new URL('../dist/loader/loader.js', import.meta.url));
const copiedForLoader = ['../dist/i18n/languages.js', '../dist/content/default/plerixafor-2019.parts.js', '../dist/base/static-mark.js'].map((path) => fileURLToPath(new URL(path, import.meta.url)));
const ownCopies = {
  name: 'loader-own-copies',
  async resolveId(source, importer, options) {
    if (importer !== loaderEntry) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && copiedForLoader.includes(resolved.id) ? `${resolved.id}?loader` : null;
  },
  load(id) {
    return id.endsWith('?loader') ? readFileSync(id.slice(0, -'?loader'.length), 'utf8') : null;
  },
};

/** Readable chunk names: what a test or a network panel looks for. */
function chunkName(chunk) {
  // base and the elements are named by manualChunks.
  const id = chunk.facadeModuleId ?? '';
  // content-en-study, content-es-arms, …: one chunk per language and document section.
  const part = id.match(/plerixafor-2019\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.(\w+)\.js$/);
  if (part) return `content-${part[1]}-${part[2]}`;
  return id.endsWith('/base/external-content.js') ? 'validator' : chunk.name;
}

/** The chunk of each language-neutral module of the built-in study (plerixafor-2019.<part>.js). */

/**
 * Chunks: one per element (with its part of the built-in study that both languages share), one
 * per language and section of the built-in study, the validator, and the base.
 * What every element needs goes in one base chunk, which the loader imports alongside the
 * first element chunk (one round trip, not a waterfall of small shared chunks). The loader itself
 * imports nothing statically, so loader.js stays one small file.
 */
function manualChunks(id) {
  // The loader's own copies (ownCopies above) stay in loader.js: put in the base chunk, they would
  // make loader.js import it, and a base chunk that fails to load would stop the loader itself.
  if (id.endsWith('?loader')) return undefined;
  // The built-in study's per-language section modules are baked to plain data (scripts/bake-content.js):
  // its shared facts, scene and result rows are inside each, so no chunk of theirs is needed.
  const element = id.match(/\/dist\/components\/([\w-]+)\//);
  if (element) return element[1];
  // Lit's directives (repeat, …) go with the element that uses them; the rest is the base.
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return /\/directives\/|directive-helpers/.test(id) ? undefined : 'base';
  // The lazy sources register themselves before any element is defined: in the base, never a chunk of their own.
  if (id.endsWith('/dist/loader/lazy-sources.js')) return 'base';
  // external-content.js goes with the validator: only pages with content of their own load it.
  if (/\/dist\/(base|i18n|util)\//.test(id) && !id.endsWith('/base/external-content.js')) return 'base';
  if (/\/dist\/(version|content\/(text|types|url))\.js$/.test(id)) return 'base';
  return undefined;
}

export default {
  input: 'dist/loader/loader.js',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'loader.js',
    manualChunks,
    chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].js`,
    // No '-' or '_' in hashes: tests and the size check read the name before the last '-'.
    hashCharacters: 'base36',
    sourcemap: true,
  },
  plugins: [
    ownCopies,
    nodeResolve({ browser: true }),
    minifyTemplates(),
    terser({ ecma: 2021, module: true, format: { comments: false }, compress: { passes: 2 } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
