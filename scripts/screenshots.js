#!/usr/bin/env node
// Screenshots of one element at 320, 768 and 1200 px in light and dark theme, from the classic
// bundle (run `npm run build` first). Usage:
//   node scripts/screenshots.js <tag> ['attr="value" other="x"'] [name-suffix]
// writes docs/screenshots/<tag>[-suffix]-<theme>-<width>.png. WIDTHS=390,1200 picks other widths.
import { mkdirSync } from 'node:fs';
import { launchChromium, serveRoot } from './browser.js';

const [tag, attrText = '', suffix = ''] = process.argv.slice(2);
if (!/^[a-z]+-[a-z-]+$/.test(tag ?? '')) {
  console.error('usage: node scripts/screenshots.js <tag> [\'attr="value"\'] [suffix]');
  process.exit(2);
}
const attributes = [...attrText.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]);

const server = await serveRoot();
const browser = await launchChromium();
mkdirSync('docs/screenshots', { recursive: true });
try {
  for (const theme of ['light', 'dark']) {
    for (const width of (process.env.WIDTHS ?? '320,768,1200').split(',').map(Number)) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
      await page.goto(`${server.url}/demo/blank.html`);
      await page.evaluate(
        (tagName, attrs, pageTheme) => {
          document.body.style.background = pageTheme === 'dark' ? '#0d1014' : '#f4f1ea';
          const el = document.createElement(tagName);
          for (const [name, value] of attrs) el.setAttribute(name, value);
          if (!el.hasAttribute('theme')) el.setAttribute('theme', pageTheme);
          document.body.append(el);
          return new Promise((resolve) => {
            el.addEventListener('explainer-ready', resolve, { once: true });
            el.addEventListener('explainer-error', resolve, { once: true });
            setTimeout(resolve, 3000);
          });
        },
        tag,
        attributes,
        theme,
      );
      await new Promise((r) => setTimeout(r, 600)); // let step transitions finish
      const file = `docs/screenshots/${tag}${suffix ? `-${suffix}` : ''}-${theme}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
