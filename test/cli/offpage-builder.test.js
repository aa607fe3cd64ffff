// `node --test test/cli/` (after `npm run build`; needs Debian's chromium): the embed builder offers
// the handout, the card and the newsletter image for the chosen settings, as links to the dev
// server's endpoint (the CLI's own code: the same bytes) and as CLI commands.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { offPageDownloads } from '../../demo/snippets.js';
import { offPageMiddleware } from '../../bin/offpage/endpoint.js';
import { launchChromium, serveRoot } from '../../scripts/browser.js';
import { cli, tempDir } from '../fixtures/offpage/support.js';

const server = await serveRoot({ middleware: [offPageMiddleware()] });
after(() => server.stop());

test('offPageDownloads: links and commands carry the language, audience and the stepper step (1-based)', () => {
  const { links, commands } = offPageDownloads({ widget: 'mechanism-stepper', options: { lang: 'es', audience: 'clinician', step: '5', theme: 'dark' } });
  assert.deepEqual(
    links.map((l) => l.href),
    ['/offpage/handout.pdf?lang=es&audience=clinician', '/offpage/card.png?lang=es&audience=clinician', '/offpage/mechanism-stepper.png?lang=es&audience=clinician&step=6'],
  );
  assert.match(commands, /^npx study-explainers handout --lang es --audience clinician --out handout.pdf$/m);
  assert.match(commands, /^npx study-explainers image mechanism-stepper --lang es --audience clinician --step 6 --out mechanism-stepper.png$/m);
  // Defaults are left out; an unknown language never reaches a link.
  assert.deepEqual(offPageDownloads({ widget: 'evidence-badge', options: { lang: 'xx' } }).links[2].href, '/offpage/evidence-badge.png');
});

test('the endpoint answers with the CLI\'s bytes, and a bad setting with 400 and the CLI\'s line', async () => {
  const out = join(tempDir(), 'card.png');
  assert.equal(cli(['card', '--lang', 'es', '--out', out]).status, 0);
  const response = await fetch(`${server.url}/offpage/card.png?lang=es`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'image/png');
  assert.match(response.headers.get('content-disposition'), /attachment; filename="card.png"/);
  assert.ok(Buffer.from(await response.arrayBuffer()).equals(readFileSync(out)), 'same bytes as the CLI');
  const bad = await fetch(`${server.url}/offpage/mechanism-stepper.png?step=12`);
  assert.equal(bad.status, 400);
  assert.equal((await bad.text()).trim(), "step '12': a number from 1 to 8");
});

test('the builder page lists the three downloads for the settings chosen', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/demo/builder.html`);
    await page.waitForFunction(() => document.querySelectorAll('#downloads a').length === 3);
    await page.select('select[name="lang"]', 'es');
    await page.waitForFunction(() => document.querySelector('#downloads a')?.getAttribute('href').includes('lang=es'));
    const hrefs = await page.$$eval('#downloads a', (links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, ['/offpage/handout.pdf?lang=es', '/offpage/card.png?lang=es', '/offpage/mechanism-stepper.png?lang=es']);
    assert.match(await page.$eval('#offpage-commands', (code) => code.textContent), /npx study-explainers card --lang es --out card.png/);
    // A link fetched from the page gives the PDF.
    const type = await page.evaluate(async (href) => (await fetch(href)).headers.get('content-type'), hrefs[0]);
    assert.equal(type, 'application/pdf');
  } finally {
    await browser.close();
  }
});
