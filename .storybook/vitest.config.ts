import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';

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

/** Every story runs as a test in Debian's Chromium (no browser download), failing on axe violations. */
export default defineConfig({
  plugins: [storybookTest({ configDir: dirname })],
  optimizeDeps: { include: [...litEntries(), 'storybook/test'] },
  resolve: { dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
  test: {
    name: 'storybook',
    root: path.join(dirname, '..'),
    reporters: ['default', ['json', { outputFile: 'test-results/storybook.json' }]],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
