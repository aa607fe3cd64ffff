import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { TAGS, type ExplainerEventMap } from '../../src/index.js';
import { copyOfDefault, settled } from '../support/helpers.js';

type Ready = CustomEvent<ExplainerEventMap['explainer-ready']>;

/**
 * `defer-hydration`, the server-rendering convention that @lit/react's wrappers follow: the
 * framework sets `.data` and its listeners, then removes the attribute. Until then nothing loads,
 * so the first and only explainer-ready is the one for the framework's document.
 */
describe('defer-hydration', () => {
  for (const tag of TAGS) {
    it(`<${tag}> loads nothing while it is set, then exactly one explainer-ready, from .data`, async () => {
      const events: string[] = [];
      const record = (event: Event) => events.push(`${event.type}:${(event as Ready).detail.origin ?? ''}`);
      const deferred = document.createElement(tag) as HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };
      deferred.setAttribute('defer-hydration', '');
      deferred.addEventListener('explainer-ready', record);
      deferred.addEventListener('explainer-error', record);
      // The same element without the attribute, added at the same time: the wait below is long enough to load.
      const control = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      document.body.append(deferred, control);
      try {
        expect(await settled(control)).to.equal('ready');
        await deferred.updateComplete;
        expect(events, 'nothing loaded while deferred').to.deep.equal([]);
        expect(deferred.shadowRoot!.querySelector('[part~="loading"]'), 'the loading line').to.exist;

        const doc = copyOfDefault();
        doc.study.journal = doc.study.journalShort = 'The framework’s own document';
        deferred.data = doc;
        deferred.removeAttribute('defer-hydration');
        expect(await settled(deferred)).to.equal('ready');
        await control.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        expect(events).to.deep.equal(['explainer-ready:data']);
        expect(deferred.shadowRoot!.querySelector('[part~="source"]')?.textContent).to.contain('The framework’s own document');
      } finally {
        deferred.remove();
        control.remove();
      }
    });
  }
});
