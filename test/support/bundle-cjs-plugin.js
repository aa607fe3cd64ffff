import { build } from 'esbuild';

/**
 * Test-only packages that ship CommonJS (ajv; syllable's helpers) cannot run in the browser
 * as served. This dev-server plugin bundles each into one ES module with esbuild, once, and
 * points bare imports of them there.
 */
async function bundle(name) {
  const options = { bundle: true, format: 'esm', write: false, logLevel: 'silent' };
  // Re-export the default too where the package has one (CommonJS packages do).
  for (const contents of [`export * from '${name}'; export { default } from '${name}';`, `export * from '${name}';`]) {
    try {
      const result = await build({ ...options, stdin: { contents, resolveDir: process.cwd() } });
      return result.outputFiles[0].text;
    } catch {
      // no default export: try without it
    }
  }
  throw new Error(`could not bundle ${name} for the tests`);
}

export function bundleCommonJs(packages) {
  const cache = new Map();
  return {
    name: 'bundle-commonjs',
    resolveImport({ source }) {
      return packages.includes(source) ? `/__test-deps__/${source}.js` : undefined;
    },
    async serve(context) {
      const match = context.path.match(/^\/__test-deps__\/(.+)\.js$/);
      if (!match || !packages.includes(match[1])) return undefined;
      if (!cache.has(match[1])) cache.set(match[1], await bundle(match[1]));
      return { body: cache.get(match[1]), type: 'js' };
    },
  };
}
