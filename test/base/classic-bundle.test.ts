import { expect } from '@open-wc/testing';
import { openFrame, widgetsRendered } from '../support/frames.js';
import { EMBEDS, withEmbed } from '../support/embeds.js';

for (const embed of EMBEDS) {
  const name = embed === 'loader' ? 'loader (dist/loader.js)' : 'classic bundle (dist/study-explainers.min.js)';
  describe(name, () => {
    it('included twice by plain script tags: defines the three tags once, renders the default study, logs nothing', async () => {
      const { frame, win, doc } = await openFrame(withEmbed('/test/fixtures/bundle-page.html', embed));
      await widgetsRendered(doc);
      for (const tag of ['mechanism-stepper', 'study-arms-chart', 'evidence-badge']) {
        expect(win.customElements.get(tag), tag).to.be.a('function');
        const source = doc.querySelector(tag)!.shadowRoot!.querySelector('[part~="source"]');
        expect(source?.textContent, tag).to.match(/Source: [^·]*PNAS/);
      }
      expect(win.__log).to.deep.equal([]);
      frame.remove();
    });

    if (embed === 'classic') {
      it('after another version of the elements: stops before Lit and warns once per copy', async () => {
        const { frame, win } = await openFrame('/test/fixtures/bundle-after-other-version.html');
        expect((win.customElements.get('evidence-badge') as unknown as { version: string }).version).to.equal('0.0.1');
        expect(win.__log).to.have.length(2);
        expect(win.__log[0]).to.contain('already defined by version 0.0.1');
        frame.remove();
      });
    }
  });
}
