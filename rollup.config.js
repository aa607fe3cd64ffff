import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The classic CDN bundle: one file, Lit and the default content inlined, registers the three
 * tags. Built from tsc's output in dist/ (npm users get those unbundled modules instead).
 * An IIFE runs as a classic `<script src defer>` and as `type="module"` alike.
 */
const plugins = [
  nodeResolve({ browser: true }),
  terser({ ecma: 2021, module: false, format: { comments: false }, compress: { passes: 2 } }),
];

const bundle = (input, file) => ({
  input,
  output: { file, format: 'iife', sourcemap: true },
  plugins,
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
});

export default [bundle('dist/define.js', 'dist/study-explainers.min.js')];
