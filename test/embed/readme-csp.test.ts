import { expect } from '@open-wc/testing';
import { openFrame, until, widgetsRendered } from '../support/frames.js';

/**
 * The README's snippets, pasted as an editor would, on pages served with the README's own
 * Content-Security-Policy header (the test server reads both from README.md).
 */
describe('README snippets under the README strict CSP', () => {
  // The default loader snippet and the one-file classic snippet, each pasted twice.
  for (const [section, file] of [['embed-with-a-script-tag', 'loader.js'], ['one-classic-file', 'study-explainers.min.js']]) {
    it(`two pasted ${file} snippets: one Lit, no violation, no error`, async () => {
      const { frame, win, doc } = await openFrame(`/test/fixtures/csp/readme/${section}.html?times=2`);
      expect(doc.querySelectorAll(`script[src$="/dist/${file}"]`).length).to.equal(2);
      await widgetsRendered(doc, ['evidence-badge', 'mechanism-stepper']);
      await new Promise((r) => setTimeout(r, 200));
      for (const el of doc.querySelectorAll('evidence-badge, mechanism-stepper, study-arms-chart')) {
        await until(() => !!el.shadowRoot?.querySelector('[part~="source"]'), `${el.localName} rendered`);
      }
      expect(win.__log, win.__log.join('\n')).to.deep.equal([]);
      frame.remove();
    });
  }

  it('the iframe snippet frames, is borderless and full width, and resizes to its content', async () => {
    const url = '/test/fixtures/csp/readme/iframe-embed.html';
    // The pasted markup (resize.js later sets the height through the CSSOM, which CSP allows).
    expect(await (await fetch(url)).text(), 'no inline style for style-src to block').to.not.contain('style=');
    const { frame, win, doc } = await openFrame(url);
    const iframe = doc.querySelector('iframe')!;
    await until(() => !!iframe.contentDocument?.querySelector('mechanism-stepper')?.shadowRoot?.querySelector('[part~="source"]'), 'the framed widget');
    const inner = iframe.contentDocument!;
    const contentHeight = () => Math.ceil(inner.documentElement.getBoundingClientRect().height);
    await until(() => Math.abs(iframe.getBoundingClientRect().height - contentHeight()) <= 1, 'the iframe to fit its content');
    expect(iframe.getBoundingClientRect().height).to.be.greaterThan(300);
    expect(iframe.getBoundingClientRect().width).to.equal(doc.body.getBoundingClientRect().width);
    expect(getComputedStyle(iframe).borderTopWidth).to.equal('0px');
    // The embed page itself ran under the same policy: its stylesheet applied.
    expect(getComputedStyle(inner.body).marginTop).to.equal('0px');
    expect(win.__log, win.__log.join('\n')).to.deep.equal([]);
    frame.remove();
  });
});
