import { expect } from '@open-wc/testing';
import { openFrame, widgetsRendered } from '../support/frames.js';

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

  it('hydrates with the classic bundle without moving anything', async () => {
    const { frame, win, doc } = await openFrame('/test-api/prerendered.html?js=1');
    await widgetsRendered(doc, TAGS);
    await new Promise((r) => setTimeout(r, 300));
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.be.a('function');
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) expect(win.__cls).to.equal(0);
    expect(win.__log, win.__log.join('\n')).to.deep.equal([]);
    frame.remove();
  });
});
