import { expect } from '@open-wc/testing';
import { until } from '../support/frames.js';

/**
 * embed.html must never show a document from another origin under the embedding site's name
 * (issue 25, defect 1). The embed page is served here without the README's policy
 * (`csp=off`), as a CDN that sends none would: its `connect-src 'self'` would otherwise hide
 * the routes. The other origin (another port of the test server) serves a valid, CORS-open
 * document titled "SPOOFED TRIAL".
 */
const SPOOFED = 'SPOOFED TRIAL';
const example = '/docs/examples/walking-trial.example.json';

async function otherOrigin() {
  return (await fetch('/test-api/other-origin')).text();
}

/** The embed page for the badge with `src`, in an iframe; resolves with its document. */
async function embedWithSrc(src: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  frame.src = `/dist/embed.html?csp=off&widget=evidence-badge&variant=full&src=${encodeURIComponent(src)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

/** Waits until the badge has rendered a document or its error, and returns its text. */
async function settledText(doc: Document) {
  const badge = () => doc.querySelector('evidence-badge')?.shadowRoot;
  await until(() => Boolean(badge()?.querySelector('[part~="source"], [part~="error"]')), 'the badge to settle', 8000);
  return badge()!.textContent ?? '';
}

describe('iframe embed src: no other origin, by any route', () => {
  it('the other origin really serves a document any page may read (or these tests prove nothing)', async () => {
    const text = await (await fetch(`${await otherOrigin()}/x.json`)).text();
    expect(JSON.parse(text).study.title).to.equal(SPOOFED);
  });

  it('a value whose authority runs past 2,000 characters is refused, not cut to the other origin (nor passed with a user name)', async () => {
    const other = await otherOrigin();
    // Whole, the tabs vanish and `other` is the user name of a same-origin URL; cut at 2,000, it is the host.
    const src = `${other}${'\t'.repeat(2000)}@${location.host}${example}`;
    expect(new URL(src, location.href).origin).to.equal(location.origin);
    const { frame, doc } = await embedWithSrc(src);
    const text = await settledText(doc);
    expect(text).not.to.contain(SPOOFED);
    await until(() => Boolean(doc.querySelector('.embed-error')), 'the error page');
    expect(doc.querySelector('evidence-badge')!.hasAttribute('src')).to.equal(false);
    frame.remove();
  });

  it('a same-origin address that redirects to the other origin is not shown', async () => {
    const src = `/test-api/redirect?to=${encodeURIComponent(`${await otherOrigin()}/doc.json`)}`;
    const { frame, doc } = await embedWithSrc(src);
    const text = await settledText(doc);
    expect(text).not.to.contain(SPOOFED);
    expect(doc.querySelector('evidence-badge')!.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    frame.remove();
  });

  it('a same-origin redirect to a same-origin document still works', async () => {
    const { frame, doc } = await embedWithSrc(`/test-api/redirect?to=${encodeURIComponent(example)}`);
    await settledText(doc);
    expect(doc.querySelector('evidence-badge')!.shadowRoot!.querySelector('[part~="source"]')).to.exist;
    frame.remove();
  });

  it('an over-long same-origin value is refused whole, never cut', async () => {
    const { frame, doc } = await embedWithSrc(`${example}?${'a'.repeat(2500)}`);
    await until(() => Boolean(doc.querySelector('.embed-error')), 'the error page');
    expect(doc.body.textContent).to.contain('longer than 2000 characters');
    expect(doc.querySelector('evidence-badge')!.hasAttribute('src')).to.equal(false);
    frame.remove();
  });

  it('the element is given the absolute URL that was checked', async () => {
    const { frame, doc } = await embedWithSrc(`   ${example}`);
    await settledText(doc);
    expect(doc.querySelector('evidence-badge')!.getAttribute('src')).to.equal(`${location.origin}${example}`);
    frame.remove();
  });
});
