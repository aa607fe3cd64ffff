import { expect, html, oneEvent } from '@open-wc/testing';
import { declarativeHtml } from '../../src/prerender/declarative-html.js';
import { STATIC_ATTRIBUTE } from '../../src/base/static-mark.js';
import { mount } from '../support/helpers.js';
import '../../src/define.js';

/**
 * Issue #27: a pre-rendered widget whose code did load but whose `src` document cannot be
 * fetched keeps its served copy, in the static layout (all content, no controls), rather than
 * trading it for a "could not be loaded" line; explainer-error still tells the page. A document
 * that arrives but is invalid still shows the error: the served copy would then be stale content.
 */
async function hydrated(src: string) {
  const wrap = await mount(html`<div><evidence-badge></evidence-badge></div>`);
  const markup = declarativeHtml(wrap.querySelector('evidence-badge')!).replace('<evidence-badge', `<evidence-badge src="${src}"`);
  const page = document.createElement('div');
  document.body.append(page);
  const failed = oneEvent(page, 'explainer-error');
  // The element is defined here: it upgrades over its declarative shadow root at once.
  page.setHTMLUnsafe(markup);
  const host = page.querySelector('evidence-badge')!;
  return { host, failed, done: () => page.remove() };
}

describe('a pre-rendered widget whose content cannot be fetched', () => {
  it('keeps its served copy, marked static, and still fires explainer-error', async () => {
    const { host, failed, done } = await hydrated('/test-api/status/404');
    const event = (await failed) as CustomEvent<{ reason: string }>;
    await (host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(event.detail.reason).to.equal('unloaded');
    expect(host.hasAttribute(STATIC_ATTRIBUTE)).to.equal(true);
    expect(host.shadowRoot!.querySelector('[part~="source"]'), 'the served copy').to.exist;
    expect(host.shadowRoot!.querySelector('[part~="error"]'), 'no error line').to.equal(null);
    done();
  });

  it('shows the error for a document that arrives invalid, and is not static', async () => {
    const { host, failed, done } = await hydrated(`/test-api/echo?body=${encodeURIComponent('{"not":"a document"}')}`);
    const event = (await failed) as CustomEvent<{ reason: string }>;
    await (host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(event.detail.reason).to.equal('incomplete');
    expect(host.shadowRoot!.querySelector('[part~="error"]'), 'the error line').to.exist;
    expect(host.hasAttribute(STATIC_ATTRIBUTE)).to.equal(false);
    done();
  });
});
