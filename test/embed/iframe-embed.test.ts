import { expect } from '@open-wc/testing';
import { parsePymMessage, pymMessage } from '../../src/embed/pym-message.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { wordpressHeightMessage, wordpressSecret } from '../../src/embed/wordpress-message.js';
import { until } from '../support/frames.js';

/** A host page (same origin, as srcdoc) with resize.js and the given iframes. */
async function hostPage(body: string, origins = '') {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '3000px';
  const originsAttr = origins ? ` data-origins="${origins}"` : '';
  frame.srcdoc = `<!doctype html><html><body style="margin:0"><script src="${location.origin}/dist/resize.js"${originsAttr}></script>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

const embed = (query: string, origin = location.origin) =>
  `<iframe src="${origin}/dist/embed.html?${query}" title="Study explainer" style="width:100%;border:0;display:block"></iframe>`;

const contentHeight = (iframe: HTMLIFrameElement) =>
  Math.ceil(iframe.contentDocument!.documentElement.getBoundingClientRect().height);

describe('iframe embed', () => {
  it('speaks the Pym.js message format', () => {
    expect(pymMessage('a1', 'height', 420)).to.equal('pymxPYMxa1xPYMxheightxPYMx420');
    expect(parsePymMessage('pymxPYMxa1xPYMxheightxPYMx420')).to.deep.equal({ id: 'a1', type: 'height', value: '420' });
    expect(parsePymMessage('hello')).to.equal(null);
    expect(parsePymMessage({ height: 1 })).to.equal(null);
  });

  it('two iframes of different widgets each get their own height, also when added later', async () => {
    const { frame, doc } = await hostPage(embed('widget=evidence-badge&childId=badge'));
    const later = doc.createElement('div');
    later.innerHTML = embed('widget=mechanism-stepper&lang=es&theme=dark&childId=stepper');
    doc.body.append(later);
    const [badge, stepper] = [...doc.querySelectorAll('iframe')];
    await until(() => badge.style.height !== '' && stepper.style.height !== '', 'heights');
    await until(
      () => parseInt(badge.style.height) === contentHeight(badge) && parseInt(stepper.style.height) === contentHeight(stepper),
      'heights to match content',
    );
    expect(parseInt(badge.style.height)).to.not.equal(parseInt(stepper.style.height));
    const inner = stepper.contentDocument!.querySelector('mechanism-stepper')!;
    expect(inner.getAttribute('lang')).to.equal('es');
    expect(inner.getAttribute('theme')).to.equal('dark');
    frame.remove();
  });

  it('follows the content: when the widget grows inside the iframe, the parent gets the new height', async () => {
    // A background tab does not render, so no ResizeObserver fires there: be the front tab.
    await executeServerCommand('bring-to-front');
    const { frame, doc } = await hostPage(embed('widget=evidence-badge&childId=grow'));
    const iframe = doc.querySelector('iframe')!;
    await until(() => iframe.style.height !== '' && parseInt(iframe.style.height) === contentHeight(iframe), 'the first height');
    // Wait past the load event, so only a later message can carry the new height.
    await until(() => iframe.contentDocument!.readyState === 'complete', 'the iframe to load');
    await until(() => parseInt(iframe.style.height) === contentHeight(iframe), 'the height after load');
    const before = contentHeight(iframe);
    const spacer = iframe.contentDocument!.createElement('div');
    spacer.style.height = '400px';
    iframe.contentDocument!.querySelector('main')!.append(spacer);
    await until(() => parseInt(iframe.style.height) === contentHeight(iframe) && parseInt(iframe.style.height) >= before + 400, 'the grown height', 15000);
    spacer.remove();
    await until(() => parseInt(iframe.style.height) === before, 'the height after shrinking back', 15000);
    frame.remove();
  });

  it('ignores iframes from origins it was not told to trust', async () => {
    const otherOrigin = location.origin.replace('localhost', '127.0.0.1');
    expect(otherOrigin).to.not.equal(location.origin);
    // The other origin must really serve the embed, or this test would pass by accident.
    await fetch(`${otherOrigin}/dist/embed.html`, { mode: 'no-cors' });
    const { frame, doc } = await hostPage(embed('widget=evidence-badge', otherOrigin) + embed('widget=study-arms-chart'), location.origin);
    const [foreign, trusted] = [...doc.querySelectorAll('iframe')];
    await until(() => trusted.style.height !== '', 'the trusted frame height');
    await new Promise((r) => setTimeout(r, 500));
    expect(foreign.style.height).to.equal('');
    frame.remove();
  });

  it('an unknown widget shows an error page, not a blank one', async () => {
    const { frame, doc } = await hostPage(embed('widget=../../etc/passwd'));
    const iframe = doc.querySelector('iframe')!;
    await until(() => !!iframe.contentDocument?.querySelector('.embed-error'), 'the error page');
    expect(iframe.contentDocument!.body.textContent).to.contain('Unknown widget');
    await until(() => iframe.style.height !== '', 'a height for the error page');
    frame.remove();
  });

  it('passes widget options through and lets the element validate them', async () => {
    const { frame, doc } = await hostPage(embed('widget=evidence-badge&variant=full&open=true&audience=clinician&bogus=1'));
    const iframe = doc.querySelector('iframe')!;
    await until(() => !!iframe.contentDocument?.querySelector('evidence-badge'), 'the badge');
    const badge = iframe.contentDocument!.querySelector('evidence-badge')!;
    expect(badge.getAttribute('variant')).to.equal('full');
    expect(badge.hasAttribute('open')).to.equal(true);
    expect(badge.getAttribute('audience')).to.equal('clinician');
    expect(badge.hasAttribute('bogus')).to.equal(false);
    frame.remove();
  });
});

describe('iframe embed src', () => {
  it('refuses a document from another origin, so nobody can frame their text under this site', async () => {
    const otherOrigin = location.origin.replace('localhost', '127.0.0.1');
    const { frame, doc } = await hostPage(embed(`widget=evidence-badge&lang=es&src=${encodeURIComponent(`${otherOrigin}/docs/examples/walking-trial.example.json`)}`));
    const iframe = doc.querySelector('iframe')!;
    await until(() => !!iframe.contentDocument?.querySelector('.embed-error'), 'the error');
    expect(iframe.contentDocument!.body.textContent).to.contain('Esta explicación no se pudo mostrar.');
    expect(iframe.contentDocument!.querySelector('evidence-badge')!.hasAttribute('src')).to.equal(false);
    frame.remove();
  });

  it('accepts a same-origin document', async () => {
    const { frame, doc } = await hostPage(embed(`widget=evidence-badge&src=${encodeURIComponent('/docs/examples/walking-trial.example.json')}`));
    const iframe = doc.querySelector('iframe')!;
    await until(() => !!iframe.contentDocument?.querySelector('evidence-badge')?.shadowRoot?.querySelector('[part~="source"]'), 'the example');
    expect(iframe.contentDocument!.querySelector('evidence-badge')!.getAttribute('heading-level')).to.equal('2');
    frame.remove();
  });
});

describe('iframe embed in WordPress', () => {
  it('reads the secret from the hash the way wp-embed writes it', () => {
    expect(wordpressSecret('#?secret=Ab12Cd34Ef')).to.equal('Ab12Cd34Ef');
    expect(wordpressSecret('#?secret=Ab12Cd34Ef&x=1')).to.equal('Ab12Cd34Ef');
    expect(wordpressSecret('#?secret=bad"quote')).to.equal(null);
    expect(wordpressSecret('')).to.equal(null);
    expect(wordpressHeightMessage('abc', 301.2)).to.deep.equal({ secret: 'abc', message: 'height', value: 302 });
  });

  it("posts WordPress's height message with the secret, again on every resize", async function () {
    this.timeout(30000); // two full layouts of the stepper in a frame: slow on a loaded machine
    const messages: { secret: string; message: string; value: number }[] = [];
    const { frame, doc } = await hostPage('');
    frame.contentWindow!.addEventListener('message', (event: MessageEvent) => {
      if (typeof event.data === 'object' && event.data?.message === 'height') messages.push(event.data);
    });
    const iframe = doc.createElement('iframe');
    iframe.title = 'Study explainer';
    iframe.width = '800';
    iframe.src = `${location.origin}/dist/embed.html?widget=mechanism-stepper#?secret=Ab12Cd34Ef`;
    doc.body.append(iframe);
    await until(() => !!iframe.contentDocument?.querySelector('mechanism-stepper')?.shadowRoot?.querySelector('[part~="source"]'), 'the widget');
    const last = () => messages[messages.length - 1];
    await until(() => !!last() && last().value === contentHeight(iframe), 'a height message for the rendered page');
    expect(last().secret).to.equal('Ab12Cd34Ef');
    const wide = last().value;
    iframe.width = '300';
    await until(() => last().value === contentHeight(iframe) && last().value !== wide, 'a new height after the resize', 15000);
    expect(last().value).to.be.greaterThan(wide);
    frame.remove();
  });

  it('posts no WordPress message without a secret', async () => {
    const messages: unknown[] = [];
    const { frame, doc } = await hostPage(embed('widget=evidence-badge'));
    frame.contentWindow!.addEventListener('message', (event: MessageEvent) => messages.push(event.data));
    const iframe = doc.querySelector('iframe')!;
    await until(() => iframe.style.height !== '', 'the Pym height');
    expect(messages.filter((m) => typeof m === 'object')).to.deep.equal([]);
    frame.remove();
  });
});
