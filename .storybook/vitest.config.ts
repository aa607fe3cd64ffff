import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
// @ts-expect-error: plain JavaScript module, shared with the browser tests' WebKit launcher
import { webkit } from './webkit-provider.js';
import { countsReporter } from './counts-reporter.js';

/**
 * Every Lit entry point the sources and stories import, pre-bundled together up front: one
 * Lit copy, and no mid-run "optimized dependencies changed, reloading" that breaks tests.
 */
function litEntries(): string[] {
  const found = new Set(['lit']);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name)) for (const m of readFileSync(file, 'utf8').matchAll(/from '(lit(?:\/[\w./-]+)?)'/g)) found.add(m[1]);
    }
  };
  for (const dir of ['src', 'stories']) walk(path.join(dirname, '..', dir));
  return [...found];
}

const dirname = path.dirname(fileURLToPath(import.meta.url));

/**
 * Every story runs as a test, failing on axe violations, in Debian's Chromium and in WebKitGTK (no
 * browser download), one project each (a project has one provider); BROWSERS picks among them as
 * for `npm test` (Firefox runs only the browser tests).
 */
const browsers = {
  chromium: {
    headless: true,
    provider: playwright({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  },
  // MiniBrowser has no headless mode: it draws on an Xvfb of its own.
  webkit: { headless: false, provider: webkit() },
};
const wanted = (process.env.BROWSERS || 'chromium,webkit').split(',').filter((name): name is keyof typeof browsers => name in browsers);
if (!wanted.length) throw new Error(`story tests run in ${Object.keys(browsers).join(' or ')}; BROWSERS=${process.env.BROWSERS} names neither`);

export default defineConfig({
  plugins: [storybookTest({ configDir: dirname })],
  optimizeDeps: { include: [...litEntries(), 'storybook/test'] },
  resolve: { dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
  test: {
    root: path.join(dirname, '..'),
    reporters: ['default', countsReporter('test-results/storybook.json')],
    projects: wanted.map((browser) => ({
      extends: true,
      test: { name: `storybook-${browser}`, browser: { enabled: true, ...browsers[browser], instances: [{ browser }] } },
    })),
  },
});
