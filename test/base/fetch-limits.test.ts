import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EvidenceBadge } from '../../src/index.js';
import { contentSources, setContentSources } from '../../src/base/content-sources.js';
import { captureWarnings, settled } from '../support/helpers.js';

/** Issue 25, defect 7: the element's own limits on a `src` fetch and on its chunks. */
describe('src fetch limits', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  for (const timeout of ['Infinity', '3000000000']) {
    it(`fetch-timeout="${timeout}" waits (clamped to setTimeout's longest delay), not fails at once`, async () => {
      const el = await fixture<EvidenceBadge>(html`<evidence-badge fetch-timeout=${timeout} src="/test-api/slow?ms=300"></evidence-badge>`);
      // The slow route answers {} after 300 ms: an incomplete document, so the error says so (not "no answer").
      expect(await settled(el)).to.equal('error');
      expect(warnings.messages.join('\n')).not.to.contain('no answer');
      expect(warnings.messages.join('\n')).not.to.contain('could not fetch');
    });
  }

  it('a 200 MB body is not read to the end: reading stops past the size limit', async function () {
    this.timeout(30000);
    const id = String(Math.random()).slice(2);
    const el = await fixture<EvidenceBadge>(html`<evidence-badge fetch-timeout="20000" src=${`/test-api/huge?mb=200&id=${id}`}></evidence-badge>`);
    expect(await settled(el)).to.equal('error');
    expect(warnings.messages.join('\n')).to.contain('larger than');
    // Let the server notice the closed connection. The browser's network buffers take in some MB
    // more before the cancel lands, more on a busy machine (25 MB seen once): half the body is a
    // bound that holds however slow the reader is, and a full read would still fail it.
    await new Promise((r) => setTimeout(r, 500));
    const sent = Number(await (await fetch(`/test-api/huge-sent?id=${id}`)).text());
    expect(sent, `${sent} bytes sent`).to.be.below(100 * 1024 * 1024);
  });
});

describe('a built-in chunk that does not arrive', () => {
  it('says the study data could not be loaded (not read)', async () => {
    const warnings = captureWarnings();
    const registered = contentSources!;
    setContentSources({ ...registered, defaultDocuments: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) });
    try {
      const el = await fixture<EvidenceBadge>(html`<evidence-badge></evidence-badge>`);
      expect(await settled(el)).to.equal('error');
      expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent!.trim()).to.equal('This explainer could not be shown: its study data could not be loaded.');
      expect(warnings.messages.join('\n')).to.contain('could not be loaded');
    } finally {
      setContentSources(registered);
      warnings.restore();
    }
  });
});
