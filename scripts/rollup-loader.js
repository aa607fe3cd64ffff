import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './minify-templates.js';

/**
 * dist/loader.js and dist/chunks/: the ES-module loader (src/loader/loader.ts) and the chunks
 * it imports, one per element, one per language of the built-in study, the validator, and the
 * shared base (Lit and the base element). Built from tsc's output like rollup.config.js.
 * The base element's static content sources (dist/base/content-sources.js) are swapped for
 * the lazy ones (dist/loader/lazy-sources.js); the classic bundle and npm entry keep them.
 */
const lazySources = fileURLToPath(new URL('../dist/loader/lazy-sources.js', import.meta.url));

const swapSources = {
  name: 'lazy-content-sources',
  async resolveId(source, importer, options) {
    if (!source.endsWith('/content-sources.js')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && resolved.id.endsWith('/dist/base/content-sources.js') ? lazySources : null;
  },
};

/** Readable chunk names: what a test or a network panel looks for. */
function chunkName(chunk) {
  const id = chunk.facadeModuleId ?? '';
  const element = id.match(/components\/([\w-]+)\/define\.js$/);
  if (element) return element[1];
  const lang = id.match(/plerixafor-2019\.(\w+)\.js$/);
  if (lang) return `content-${lang[1]}`;
  if (id.endsWith('/content/validate.js')) return 'validator';
  if (chunk.moduleIds.some((m) => m.includes('/dist/base/explainer-element.js'))) return 'base';
  return chunk.moduleIds.some((m) => m.includes('/content/default/')) ? 'content-shared' : chunk.name;
}

/**
 * What every element needs goes in one base chunk, which the loader imports alongside the
 * first element chunk (one round trip, not a waterfall of small shared chunks). The loader's
 * own modules (language.js) stay in loader.js, which the chunks import from.
 */
function manualChunks(id) {
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return /\/directives?[/-]|directive\.js$/.test(id) ? undefined : 'base';
  if (/\/dist\/(base|i18n)\//.test(id) && !id.endsWith('/base/language.js')) return 'base';
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
    swapSources,
    nodeResolve({ browser: true }),
    minifyTemplates(),
    terser({ ecma: 2021, module: true, format: { comments: false }, compress: { passes: 2 } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
