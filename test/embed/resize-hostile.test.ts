import { expect } from '@open-wc/testing';
import { until } from '../support/frames.js';

/**
 * resize.js on a host page with hostile neighbours (issue 25, defect 5): it resizes only our
 * embed pages, takes only plain positive integers up to its bound, and page markup cannot turn
 * it off or replace its allow-list.
 */

/** A host page (same origin, srcdoc) recording its console, with `head` before resize.js and `body` after. */
async function hostPage(body: string, { head = '', scriptAttrs = '' } = {}) {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '2000px';
  frame.srcdoc =
    `<!doctype html><html><body style="margin:0"><script src="${location.origin}/test/fixtures/record-console.js"></script>${head}` +
    `<script src="${location.origin}/dist/resize.js"${scriptAttrs}></script>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as Window & { __log: string[] } };
}

// `csp=off`: the test runs a script in the embed page's realm to send its own messages.
const embed = `<iframe src="${location.origin}/dist/embed.html?csp=off&widget=evidence-badge" title="Study explainer" style="width:100%;border:0;display:block"></iframe>`;

/** Sends `value` as a Pym height message from `frame`'s own window (the sender resize.js sees). */
function postFrom(frame: HTMLIFrameElement, value: string) {
  const realm = frame.contentWindow as Window & { Function: FunctionConstructor };
  new realm.Function('value', "parent.postMessage('pymxPYMxbadgexPYMxheightxPYMx' + value, '*')")(value);
}

const settle = () => new Promise((r) => setTimeout(r, 300));

describe('resize.js: the sender check', () => {
  it('a third-party iframe sending a height is left alone', async () => {
    const ad = `<iframe id="ad" srcdoc="<script>parent.postMessage('pymxPYMxadxPYMxheightxPYMx5000', '*')</script>"></iframe>`;
    const { frame, doc } = await hostPage(ad + embed);
    const ours = doc.querySelector<HTMLIFrameElement>('iframe:not(#ad)')!;
    await until(() => ours.style.height !== '', 'our frame to be resized');
    await settle();
    expect(doc.getElementById('ad')!.style.height).to.equal('');
    frame.remove();
  });
});

describe('resize.js: the height bound', () => {
  it('takes a plain positive integer and nothing else: not 1e5, "", " 0x10 ", 0, 12.5, or more than its bound', async () => {
    const { frame, doc } = await hostPage(embed);
    const ours = doc.querySelector('iframe')!;
    await until(() => ours.style.height !== '', 'the first height');
    await until(() => ours.contentDocument?.readyState === 'complete', 'the embed page to load');
    // Every height resize.js sets (the embed page also sends its own, so the last one is not enough).
    const set: string[] = [];
    new MutationObserver(() => set.push(ours.style.height)).observe(ours, { attributes: true, attributeFilter: ['style'] });
    for (const value of ['1e5', '', ' 0x10 ', '0', '12.5', '-5', '+500', '30001', '99999', '100000']) postFrom(ours, value);
    postFrom(ours, '777');
    postFrom(ours, '30000');
    await until(() => set.includes('30000px'), 'the bound itself to be taken');
    expect(set, 'a plain height is taken').to.include('777px');
    for (const wrong of ['100000px', '0px', '16px', '12.5px', '13px', '500px', '30001px', '99999px']) expect(set).not.to.include(wrong);
    frame.remove();
  });
});

describe('resize.js: page markup cannot reach its state', () => {
  it('<a id="__studyExplainersResize"> does not turn it off', async () => {
    const { frame, doc } = await hostPage(embed, { head: '<a id="__studyExplainersResize" href="#">x</a>' });
    const ours = doc.querySelector('iframe')!;
    await until(() => ours.style.height !== '', 'our frame to be resized');
    frame.remove();
  });

  it('<img name="currentScript" data-origins=…> does not replace its allow-list', async () => {
    const { frame, doc } = await hostPage(embed, {
      head: '<img name="currentScript" data-origins="https://attacker.example" alt="">',
      scriptAttrs: ` data-origins="${location.origin}"`,
    });
    const ours = doc.querySelector('iframe')!;
    await until(() => ours.style.height !== '', 'our frame, from the allowed origin, to be resized');
    frame.remove();
  });

  it('a second copy with other data-origins says so in the console, and the first keeps working', async () => {
    const second = `<script src="${location.origin}/dist/resize.js" data-origins="https://other.example"></script>`;
    const { frame, doc, win } = await hostPage(second + embed, { scriptAttrs: ` data-origins="${location.origin}"` });
    const ours = doc.querySelector('iframe')!;
    await until(() => ours.style.height !== '', 'our frame to be resized');
    expect(win.__log.join('\n')).to.contain('second copy with data-origins="https://other.example"');
    frame.remove();
  });
});
