/**
 * A tiny CommonJS loader for the test browser. `ajv` and the dependencies of `syllable`
 * (`pluralize`, `normalize-strings`) ship as CommonJS/UMD, which the test server serves
 * as-is and a browser cannot run as ES modules. This fetches a package's files from
 * `/node_modules/` (the test server serves the repo root), follows their `require()`
 * calls ahead of time, then runs them with a `module`/`exports`/`require` shim.
 * Test-only; the package itself never loads CommonJS.
 */

type Module = { exports: unknown };

const sources = new Map<string, string>();
const resolved = new Map<string, string>();
const modules = new Map<string, Module>();

async function exists(url: string): Promise<string | undefined> {
  if (sources.has(url)) return url;
  const response = await fetch(url);
  if (!response.ok) return undefined;
  const text = await response.text();
  // The dev server answers unknown paths under some prefixes with its index page.
  if (url.endsWith('.js') && /^\s*<!doctype html/i.test(text)) return undefined;
  sources.set(url, text);
  return url;
}

async function resolveFile(base: string): Promise<string> {
  const candidates = /\.(c?js|json)$/.test(base) ? [base] : [`${base}.js`, `${base}.json`, `${base}/index.js`];
  for (const candidate of candidates) {
    const found = await exists(candidate);
    if (found) return found;
  }
  throw new Error(`cannot resolve ${base}`);
}

async function resolve(specifier: string, from: string): Promise<string> {
  const key = `${from}|${specifier}`;
  const known = resolved.get(key);
  if (known) return known;
  let url: string;
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    url = await resolveFile(new URL(specifier, new URL(from, location.origin)).pathname);
  } else {
    const parts = specifier.split('/');
    const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    const subpath = parts.slice(specifier.startsWith('@') ? 2 : 1).join('/');
    const root = `/node_modules/${name}`;
    if (subpath) url = await resolveFile(`${root}/${subpath}`);
    else {
      const pkg = (await (await fetch(`${root}/package.json`)).json()) as { main?: string };
      url = await resolveFile(`${root}/${(pkg.main ?? 'index.js').replace(/^\.\//, '')}`);
    }
  }
  resolved.set(key, url);
  return url;
}

/** Fetches `url` and, recursively, everything it requires. */
async function prefetch(url: string, seen = new Set<string>()): Promise<void> {
  if (seen.has(url)) return;
  seen.add(url);
  const source = sources.get(url) ?? '';
  if (url.endsWith('.json')) return;
  const specifiers = [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  await Promise.all(
    specifiers.map(async (specifier) => {
      try {
        await prefetch(await resolve(specifier, url), seen);
      } catch {
        // Optional or Node-only requires (never reached in the browser) stay unresolved.
      }
    }),
  );
}

function run(url: string): unknown {
  const cached = modules.get(url);
  if (cached) return cached.exports;
  const source = sources.get(url);
  if (source === undefined) throw new Error(`not loaded: ${url}`);
  const module: Module = { exports: {} };
  modules.set(url, module);
  if (url.endsWith('.json')) {
    module.exports = JSON.parse(source);
    return module.exports;
  }
  const require = (specifier: string) => {
    const target = resolved.get(`${url}|${specifier}`);
    if (!target) throw new Error(`cannot require ${specifier} from ${url}`);
    return run(target);
  };
  const factory = new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${url}`);
  factory.call(module.exports, module, module.exports, require);
  return module.exports;
}

/** `require(name)` of an installed CommonJS package, in the browser. */
export async function requireCommonJs<T>(name: string): Promise<T> {
  const url = await resolve(name, '/');
  await prefetch(url);
  return run(url) as T;
}

/**
 * Imports the ES module `syllable` (unchanged), giving it its two CommonJS dependencies
 * through the loader above.
 */
export async function importSyllable(): Promise<typeof import('syllable')> {
  const deps: Record<string, unknown> = {
    pluralize: await requireCommonJs('pluralize'),
    'normalize-strings': await requireCommonJs('normalize-strings'),
  };
  (globalThis as Record<string, unknown>).__syllableDeps = deps;
  const base = `${location.origin}/node_modules/syllable/`;
  let source = await (await fetch(`${base}index.js`)).text();
  source = source
    // The test server has already rewritten the bare specifiers to paths; match either form.
    .replace(/import (\w+) from ['"][^'"]*?(pluralize|normalize-strings)[^'"]*['"]/g, 'const $1 = globalThis.__syllableDeps["$2"]')
    .replace(/from ['"](\.{1,2}\/[^'"]+)['"]/g, (_, path: string) => `from '${new URL(path, base).href}'`);
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return (await import(/* @vite-ignore */ url)) as typeof import('syllable');
  } finally {
    URL.revokeObjectURL(url);
  }
}
