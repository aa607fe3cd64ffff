import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';

/** Every Lit entry point the sources import, pre-bundled together so only one Lit runs. */
const LIT_ENTRIES = ['lit', 'lit/decorators.js', 'lit/directives/style-map.js', 'lit/directives/class-map.js', 'lit/directives/if-defined.js', 'lit/directive-helpers.js'];

const dirname = path.dirname(fileURLToPath(import.meta.url));

/** Every story runs as a test in Debian's Chromium (no browser download), failing on axe violations. */
export default defineConfig({
  plugins: [storybookTest({ configDir: dirname })],
  optimizeDeps: { include: LIT_ENTRIES },
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
