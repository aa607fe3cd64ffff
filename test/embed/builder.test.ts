import { expect } from '@open-wc/testing';
// @ts-expect-error: plain JavaScript module of the demo site
import { buildSnippets } from '../../demo/snippets.js';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import { openFrame, until, widgetsRendered } from '../support/frames.js';

const base = `${location.origin}/dist/`;

/** Pastes an HTML snippet into a blank same-origin page, as a site editor would. */
async function paste(snippet: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.srcdoc = `<!doctype html><html><body>${snippet}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

describe('embed-code builder snippets', () => {
  it('the script snippet renders the chosen widget with the chosen options', async () => {
    const { script } = buildSnippets({ widget: 'evidence-badge', options: { lang: 'es', theme: 'dark', variant: 'full' }, base });
    const { frame, doc } = await paste(script);
    expect(doc.querySelector('script[type="module"][src$="/dist/loader.js"]')).to.exist;
    await widgetsRendered(doc, ['evidence-badge']);
    const badge = doc.querySelector('evidence-badge')!;
    expect(badge.getAttribute('lang')).to.equal('es');
    expect(badge.getAttribute('variant')).to.equal('full');
    expect(badge.shadowRoot!.querySelector('[part~="base"]')!.classList.contains('theme-dark')).to.equal(true);
    frame.remove();
  });

  it('the classic-file snippet renders the chosen widget too', async () => {
    const { classic } = buildSnippets({ widget: 'mechanism-stepper', options: { lang: 'es', step: '1' }, base });
    const { frame, doc } = await paste(classic);
    await widgetsRendered(doc, ['mechanism-stepper']);
    expect(doc.querySelector('script[src$="/dist/study-explainers.min.js"]')).to.exist;
    expect(doc.querySelector('mechanism-stepper')!.getAttribute('step')).to.equal('1');
    expect(doc.querySelector('mechanism-stepper')!.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
    frame.remove();
  });

  it('the iframe snippet renders the chosen widget and resizes', async () => {
    const { iframe } = buildSnippets({ widget: 'mechanism-stepper', options: { step: '2', audience: 'clinician' }, base });
    expect(iframe, 'no inline style for a strict style-src to block').to.not.contain('style=');
    const { frame, doc } = await paste(iframe);
    const inner = doc.querySelector('iframe')!;
    await until(() => inner.style.height !== '', 'the height message');
    const stepper = inner.contentDocument!.querySelector('mechanism-stepper')!;
    expect(stepper.getAttribute('step')).to.equal('2');
    expect(stepper.getAttribute('audience')).to.equal('clinician');
    frame.remove();
  });

  it('drops unknown options and escapes values', () => {
    const { script, classic, shortcode } = buildSnippets({
      widget: 'study-arms-chart',
      options: { view: 'table', outcome: '"><script>alert(1)</script>', highlight: 'combination', bogus: 'x', theme: 'neon' },
      base: 'https://cdn.example/"x/',
    });
    expect(script).to.not.contain('<script>alert');
    expect(script).to.contain('<script type="module" src="https://cdn.example/&quot;x/loader.js"></script>');
    expect(classic).to.contain('<script src="https://cdn.example/&quot;x/study-explainers.min.js" defer></script>');
    expect(classic).to.not.contain('<script>alert');
    expect(script).to.contain('<study-arms-chart view="table" highlight="combination"></study-arms-chart>');
    expect(shortcode).to.equal('[study_explainer widget="study-arms-chart" view="table" highlight="combination"]');
  });
});

/** The builder page in a frame, with the clipboard recorded instead of written. */
async function openBuilder() {
  const { frame, win, doc } = await openFrame('/demo/builder.html', { width: 1000 });
  frame.style.height = '600px';
  const copied: string[] = [];
  Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
  await until(() => doc.querySelectorAll('select[name="outcome"] option').length > 1, 'the outcome list');
  return { frame, win, doc, copied };
}

/** A real mouse click (mousedown, blur, mouseup, click) at the centre of an element inside `frame`. */
async function realClick(frame: HTMLIFrameElement, el: HTMLElement) {
  el.scrollIntoView({ block: 'center' });
  frame.scrollIntoView({ block: 'start' });
  const outer = frame.getBoundingClientRect();
  const inner = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(outer.left + inner.left + inner.width / 2), Math.round(outer.top + inner.top + inner.height / 2)] });
}

describe('embed-code builder page', () => {
  it('the first Copy click after editing a field copies the edited code', async () => {
    // Keys and clicks reach only the front tab in Firefox.
    await executeServerCommand('bring-to-front');
    const { frame, doc, copied } = await openBuilder();
    // The preview's first render fills the pre-rendered snippet and moves the boxes: wait for it.
    await widgetsRendered(doc, ['mechanism-stepper', 'study-arms-chart', 'evidence-badge'].filter((tag) => doc.querySelector(`#preview ${tag}`)));
    const baseField = doc.querySelector<HTMLInputElement>('input[name="base"]')!;
    baseField.focus();
    baseField.select();
    await sendKeys({ type: 'https://cdn.example/se/' });
    // Typed in full before the pointer moves, as a reader does: each keystroke re-wraps the
    // snippet above the button, which moves it.
    await until(() => baseField.value === 'https://cdn.example/se/', 'the typed address');
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const button = [...doc.querySelectorAll<HTMLButtonElement>('#snippets button')].find((b) => b.textContent!.includes('Script tag'))!;
    await realClick(frame, button);
    await until(() => copied.length > 0, 'the copy');
    expect(copied[0]).to.contain('src="https://cdn.example/se/loader.js"');
    expect(button.isConnected, 'the button survives the re-render').to.equal(true);
    frame.remove();
  });

  it('outcome and highlight ids are picked from lists built from the document', async () => {
    const { frame, doc } = await openBuilder();
    const content = await (await fetch('/dist/content/plerixafor-2019.en.json')).json();
    const chart = doc.querySelector<HTMLInputElement>('input[name="widget"][value="study-arms-chart"]')!;
    chart.click();
    const outcome = doc.querySelector<HTMLSelectElement>('select[name="outcome"]')!;
    const highlight = doc.querySelector<HTMLSelectElement>('select[name="highlight"]')!;
    expect(doc.querySelector('input[name="outcome"], input[name="highlight"]'), 'no free-text id fields').to.equal(null);
    const values = (select: HTMLSelectElement) => [...select.options].map((o) => o.value).filter(Boolean);
    expect(values(outcome)).to.deep.equal(content.arms.outcomes.map((o: { id: string }) => o.id));
    expect(values(highlight)).to.deep.equal(content.arms.arms.map((a: { id: string }) => a.id));
    expect(outcome.options[1].textContent).to.equal('Long-term remission in mice (remission)');
    outcome.value = 'survival';
    outcome.dispatchEvent(new Event('change', { bubbles: true }));
    highlight.value = 'combination';
    highlight.dispatchEvent(new Event('change', { bubbles: true }));
    const script = doc.querySelector('#snippets code')!.textContent!;
    expect(script).to.contain('<study-arms-chart outcome="survival" highlight="combination"></study-arms-chart>');
    const preview = doc.querySelector('#preview study-arms-chart')!;
    expect(preview.getAttribute('outcome')).to.equal('survival');
    frame.remove();
  });

  it('offers the preview as pre-rendered HTML that reads with JavaScript off and hydrates in place', async () => {
    const { frame, doc } = await openBuilder();
    doc.querySelector<HTMLInputElement>('input[name="widget"][value="evidence-badge"]')!.click();
    const lang = doc.querySelector<HTMLSelectElement>('select[name="lang"]')!;
    lang.value = 'es';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    const box = [...doc.querySelectorAll('#snippets section')].find((b) => b.querySelector('h3')!.textContent!.startsWith('Pre-rendered'))!;
    const code = () => box.querySelector('code')!.textContent!;
    await until(() => code().includes('shadowrootmode') && code().includes('lang="es"'), 'the pre-rendered snippet');
    expect(code()).to.match(/^<script type="module" src="[^"]+\/dist\/loader\.js"><\/script>\n<evidence-badge lang="es"><template shadowrootmode="open"><style>/);
    // Pasted into a page that runs no script at all, the widget is there, in Spanish.
    const page = document.createElement('iframe');
    page.setAttribute('sandbox', 'allow-same-origin');
    page.srcdoc = `<!doctype html><meta charset="utf-8"><body>${code()}</body>`;
    const loaded = new Promise((resolve) => page.addEventListener('load', resolve, { once: true }));
    document.body.append(page);
    await loaded;
    const badge = page.contentDocument!.querySelector('evidence-badge')!;
    expect(page.contentWindow!.customElements.get('evidence-badge')).to.equal(undefined);
    expect(badge.shadowRoot?.querySelector('[part~="source"]')?.textContent).to.contain('PNAS');
    expect(badge.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
    expect(badge.getBoundingClientRect().height).to.be.greaterThan(50);
    // Its plain text is inside too, in Spanish, for feed readers and browsers without declarative shadow DOM; the drawn copy hides it.
    expect(code()).to.match(/<div class="study-explainer-fallback" lang="es">[\s\S]*<\/div><\/evidence-badge>$/);
    const text = badge.querySelector('.study-explainer-fallback')!;
    expect(text.textContent).to.contain('PNAS');
    expect(text.getClientRects().length, 'the text shows beside the drawn copy').to.equal(0);
    page.remove();
    frame.remove();
  });

  it("the iframe snippet carries the preview's height: in a column as wide, resize.js sets that same height (nothing moves)", async () => {
    const { frame, doc } = await openBuilder();
    const box = [...doc.querySelectorAll('#snippets section')].find((b) => b.querySelector('h3')!.textContent!.startsWith('iframe'))!;
    const code = () => box.querySelector('code')!.textContent!;
    await until(() => !code().includes('height="600"'), 'the measured height in the iframe snippet');
    const expected = Number(code().match(/ height="(\d+)"/)![1]);
    // The embed page's body has 1 px of padding on each side (src/embed/embed.css).
    const column = doc.querySelector('#preview')!.firstElementChild!.getBoundingClientRect().width + 2;
    const pasted = document.createElement('iframe');
    pasted.style.width = `${column}px`;
    pasted.srcdoc = `<!doctype html><html><head><style>body { margin: 0 }</style></head><body>${code()}</body></html>`;
    document.body.append(pasted);
    // The snippet's iframe loads lazily: scrolled to, as a reader would (WebKit loads lazy frames only near the viewport).
    pasted.scrollIntoView();
    await until(() => Boolean(pasted.contentDocument?.querySelector('iframe')?.style.height), 'the height message', 8000);
    const inner = pasted.contentDocument!.querySelector('iframe')!;
    expect(inner.getAttribute('height')).to.equal(String(expected));
    expect(Math.abs(parseInt(inner.style.height, 10) - expected), `snippet ${expected}, set ${inner.style.height}`).to.be.at.most(1);
    pasted.remove();
    frame.remove();
  });
});
