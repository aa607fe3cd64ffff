#!/usr/bin/env node
// Builds the React and Vue demo apps the way an app developer would: bundling the package by
// its npm name (resolved through package.json "exports", self-reference) with esbuild.
import { build } from 'esbuild';

const common = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
};

await build({ ...common, entryPoints: ['demo/consumers/react-app.jsx'], outfile: 'demo/consumers/build/react.js', jsx: 'automatic' });
await build({ ...common, entryPoints: ['demo/consumers/vue-app.js'], outfile: 'demo/consumers/build/vue.js' });
console.log('built demo/consumers/build/react.js and vue.js (test apps, never packed)');
