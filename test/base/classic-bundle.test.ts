import { expect } from '@open-wc/testing';

type PageWindow = Window & { __log: string[] };

/** Loads a page in an iframe and waits until its three elements have rendered. */
async function loadPage(url: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  for (let i = 0; i < 100; i += 1) {
    const tags = ['mechanism-stepper', 'study-arms-chart', 'evidence-badge'];
    if (tags.every((tag) => doc.querySelector(tag)?.shadowRoot?.querySelector('[part~="source"]'))) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { frame, win, doc };
}

describe('classic bundle (dist/study-explainers.min.js)', () => {
  it('included twice by plain script tags: defines the three tags once, renders the default study, logs nothing', async () => {
    const { frame, win, doc } = await loadPage('/test/fixtures/bundle-page.html');
    for (const tag of ['mechanism-stepper', 'study-arms-chart', 'evidence-badge']) {
      expect(win.customElements.get(tag), tag).to.be.a('function');
      const source = doc.querySelector(tag)!.shadowRoot!.querySelector('[part~="source"]');
      expect(source?.textContent, tag).to.contain('Proceedings of the National Academy of Sciences');
    }
    expect(win.__log).to.deep.equal([]);
    frame.remove();
  });
});
