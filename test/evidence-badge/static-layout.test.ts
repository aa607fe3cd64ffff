import { expect } from '@open-wc/testing';
import { STATIC_ATTRIBUTE } from '../../src/base/static-mark.js';
import { openFrame } from '../support/frames.js';

/**
 * Issue #27: pre-rendered, with no script to bring it to life, the badge keeps all of its
 * content (the native disclosure opens without script) and drops Copy, which needs script.
 */
describe('<evidence-badge> pre-rendered, without its script', function () {
  this.timeout(90000); // the first request renders in a headless Chromium of its own

  /** Opens the badge's details (natively, as a reader's click would) and says what shows. */
  const opened = (win: Window, doc: Document) => {
    const root = doc.querySelector('evidence-badge')!.shadowRoot!;
    root.querySelector('details')!.open = true;
    const shown = (selector: string) => {
      const el = root.querySelector(selector)!;
      return win.getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
    };
    return { citation: shown('[part~="citation"]'), copy: shown('[part~="copy-button"]') };
  };

  it('with JavaScript off: the details open, Copy is not shown', async () => {
    const { frame, win, doc } = await openFrame('/test-api/prerendered.html', { sandbox: 'allow-same-origin' });
    expect(opened(win, doc)).to.deep.equal({ citation: true, copy: false });
    frame.remove();
  });

  it('with script but no widget code: like the widget until the loader marks it, then without Copy', async () => {
    const { frame, win, doc } = await openFrame('/test-api/prerendered.html');
    expect(win.customElements.get('evidence-badge')).to.equal(undefined);
    expect(opened(win, doc), 'looks like the widget').to.deep.equal({ citation: true, copy: true });
    doc.querySelector('evidence-badge')!.setAttribute(STATIC_ATTRIBUTE, '');
    expect(opened(win, doc), 'marked').to.deep.equal({ citation: true, copy: false });
    frame.remove();
  });
});
