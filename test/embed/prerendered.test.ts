import { expect } from '@open-wc/testing';
import { openFrame, until, widgetsRendered } from '../support/frames.js';

const TAGS = ['evidence-badge', 'mechanism-stepper'];

describe('pre-rendered HTML (bin/render.js, declarative shadow DOM)', function () {
  this.timeout(90000); // the first request renders in a headless Chromium of its own

  it('reads correctly with JavaScript off', async () => {
    const { frame, win, doc } = await openFrame('/test-api/prerendered.html', { sandbox: 'allow-same-origin' });
    expect(win.customElements.get('evidence-badge')).to.equal(undefined);
    for (const tag of TAGS) {
      const source = doc.querySelector(tag)!.shadowRoot?.querySelector('[part~="source"]');
      expect(source?.textContent, tag).to.contain('Proceedings of the National Academy of Sciences');
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
});
