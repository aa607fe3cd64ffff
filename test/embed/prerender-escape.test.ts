import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { declarativeHtml } from '../../src/prerender/declarative-html.js';
import { copyOfDefault, mount, settled } from '../support/helpers.js';
import { html } from 'lit';
import type { EvidenceBadge } from '../../src/index.js';

/**
 * Issue 25: pre-rendered HTML carries the document as inline JSON; a `</script>` in the document's
 * text must not end that script early (and let the rest run as markup or code on the host page).
 */
describe('pre-rendered HTML: a document that contains </script>', () => {
  it('keeps its inline JSON whole: no early end, the same document parsed back', async () => {
    const doc = copyOfDefault('en');
    doc.study.title = 'Trial </script><script>window.__ran = true</script><!-- end';
    const el = await mount<EvidenceBadge>(html`<evidence-badge .data=${doc}></evidence-badge>`);
    expect(await settled(el)).to.equal('ready');
    const out = declarativeHtml(el, doc);
    const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(out)![1];
    expect(json).not.to.match(/<\/?script|<!--/i);
    expect(JSON.parse(json).study.title).to.equal(doc.study.title);
    // Parsed as a page would parse it: one inline script, holding the whole document.
    const parsed = new DOMParser().parseFromString(`<!doctype html><body>${out}`, 'text/html');
    const scripts = parsed.querySelectorAll('script');
    expect(scripts.length).to.equal(1);
    expect(JSON.parse(scripts[0].textContent!).study.title).to.equal(doc.study.title);
  });
});
