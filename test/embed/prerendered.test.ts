import { expect } from '@open-wc/testing';
import { openFrame, until, widgetsRendered } from '../support/frames.js';

const TAGS = ['evidence-badge', 'mechanism-stepper', 'study-arms-chart'];

const heights = (doc: Document) => TAGS.map((tag) => doc.querySelector(tag)!.getBoundingClientRect().height);

/**
 * Opens `url` and waits for the widgets to hydrate (the served <style> gone, every widget drawn):
 * the served copy never flashed (the watcher's record), nothing shifted, nothing was logged.
 */
async function hydratesCleanly(url: string) {
  const { frame, win, doc } = await openFrame(url);
  const page = win as typeof win & { __served: string[] };
  await until(() => TAGS.every((tag) => doc.querySelector(tag)!.shadowRoot!.querySelector('style') === null), 'hydration');
  await widgetsRendered(doc, TAGS);
  await new Promise((r) => setTimeout(r, 300));
  expect(page.__served, page.__served.join('\n')).to.deep.equal([]);
  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) expect(win.__cls).to.equal(0);
  expect(win.__log, win.__log.join('\n')).to.deep.equal([]);
  frame.remove();
}

describe('pre-rendered HTML (bin/render.js, declarative shadow DOM)', function () {
  this.timeout(90000);

  it('reads correctly with JavaScript off', async () => {
    const { frame, win, doc } = await openFrame('/test-api/prerendered.html', { sandbox: 'allow-same-origin' });
    expect(win.customElements.get('evidence-badge')).to.equal(undefined);
    for (const tag of TAGS) {
      const source = doc.querySelector(tag)!.shadowRoot?.querySelector('[part~="source"]');
      expect(source?.textContent, tag).to.match(/Source: [^·]*PNAS/);
      expect(doc.querySelector(tag)!.getBoundingClientRect().height, tag).to.be.greaterThan(50);
    }
    frame.remove();
  });

  for (const [js, name] of [
    ['1', 'the classic bundle'],
    ['loader', 'the loader'],
  ]) {
    it(`hydrates with ${name} without a flash or a shift`, async () => {
      const { frame, win, doc } = await openFrame(`/test-api/prerendered.html?js=${js}`);
      const page = win as typeof win & { __served: string[]; __changes: number };
      // Hydrated: the served inline <style> is gone (the element's adopted styles replace it).
      await until(() => TAGS.every((tag) => doc.querySelector(tag)!.shadowRoot!.querySelector('style') === null), 'hydration');
      await widgetsRendered(doc, TAGS);
      await new Promise((r) => setTimeout(r, 300));
      for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.be.a('function');
      expect(page.__changes, 'the watcher saw hydration').to.be.greaterThan(0);
      expect(page.__served, page.__served.join('\n')).to.deep.equal([]);
      if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) expect(win.__cls).to.equal(0);
      expect(win.__log, win.__log.join('\n')).to.deep.equal([]);
      frame.remove();
    });
  }

  it('with its plain-text version inside (render --text, as WordPress prints it), has the same box with JavaScript off and hydrates without a flash or a shift', async () => {
    const drawn = await openFrame('/test-api/prerendered.html', { sandbox: 'allow-same-origin' });
    const withText = await openFrame('/test-api/prerendered.html?text=1', { sandbox: 'allow-same-origin' });
    for (const tag of TAGS) expect(withText.doc.querySelector(tag)!.querySelector('.study-explainer-fallback'), tag).to.not.equal(null);
    expect(heights(withText.doc)).to.deep.equal(heights(drawn.doc));
    expect(withText.doc.getElementById('below')!.getBoundingClientRect().top).to.equal(drawn.doc.getElementById('below')!.getBoundingClientRect().top);
    for (const page of [drawn, withText]) page.frame.remove();

    await hydratesCleanly('/test-api/prerendered.html?text=1&js=loader');
  });

  it('carries no style attribute: what Lit set through the CSSOM is a rule of the one <style>', async () => {
    const html = await (await fetch('/test-api/prerendered.html')).text();
    expect(html).not.to.match(/<[^>]+\sstyle="/);
    expect(html).to.contain('data-sx="0"');
  });

  it('under a strict style-src, the hashes of the widgets (bin/render.js styleHashes) style it with JavaScript off', async () => {
    const hashed = await openFrame('/test-api/prerendered.html?csp=hash', { sandbox: 'allow-same-origin' });
    const open = await openFrame('/test-api/prerendered.html', { sandbox: 'allow-same-origin' });
    const blocked = await openFrame('/test-api/prerendered.html?csp=nohash', { sandbox: 'allow-same-origin' });
    expect(heights(hashed.doc)).to.deep.equal(heights(open.doc));
    // The check can fail: without the hashes the policy blocks the styles and the layout changes.
    expect(heights(blocked.doc)).not.to.deep.equal(heights(open.doc));
    for (const page of [hashed, open, blocked]) page.frame.remove();
  });

  it('under a strict style-src with the hashes and Trusted Types, the loader hydrates it with no violation, flash or shift', async () => {
    await hydratesCleanly('/test-api/prerendered.html?csp=hash&js=loader');
  });
});
