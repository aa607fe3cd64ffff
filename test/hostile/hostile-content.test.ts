import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { validateExplainer } from '../../src/content/validate.js';
import { captureWarnings, copyOfDefault, serve, settled } from '../support/helpers.js';
import { type Loose, noScriptRan, PAYLOADS, poisonText } from '../support/hostile.js';

type Explainer = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
const TAGS = ['mechanism-stepper', 'study-arms-chart', 'evidence-badge'] as const;

/** Replaces every string in `value` (keys kept) with `payload`. */
function poison(value: unknown, payload: string): unknown {
  if (typeof value === 'string') return payload;
  if (Array.isArray(value)) return value.map((v) => poison(v, payload));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, payload)]));
  return value;
}

describe('hostile content', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  for (const payload of PAYLOADS) {
    it(`payload in every reader text field renders as text: ${payload.slice(0, 24)}`, async () => {
      const doc = poisonText(copyOfDefault() as unknown as Loose, payload);
      expect(validateExplainer(doc).problems).to.deep.equal([]);
      for (const tag of TAGS) {
        const el = document.createElement(tag) as Explainer;
        el.data = doc;
        document.body.append(el);
        expect(await settled(el), tag).to.equal('ready');
        expect(el.shadowRoot!.textContent, tag).to.contain(payload.slice(0, 10));
        noScriptRan(el);
        el.remove();
      }
    });

    it(`payload in every string field (ids, dates, URLs too) shows the error state or text: ${payload.slice(0, 24)}`, async () => {
      const doc = poison(copyOfDefault(), payload);
      for (const tag of TAGS) {
        const el = document.createElement(tag) as Explainer;
        el.data = doc;
        document.body.append(el);
        expect(await settled(el), tag).to.equal('error');
        noScriptRan(el);
        el.remove();
      }
    });
  }

  it('a javascript: URL in a link field is refused, never rendered as a link', async () => {
    const doc = copyOfDefault() as unknown as { study: { url?: string } };
    doc.study.url = 'javascript:window.__pwned=1';
    const el = await fixture<Explainer>(html`<evidence-badge .data=${doc}></evidence-badge>`);
    expect(await settled(el)).to.equal('error');
    noScriptRan(el);
  });

  it('a 10 MB document from src shows the error state and neighbours keep working', async function () {
    // Posting 10 MB to the test server and reading it back is slow on a loaded CI machine.
    this.timeout(40000);
    const doc = copyOfDefault() as unknown as Loose;
    (doc as { padding?: string }).padding = 'x'.repeat(10 * 1024 * 1024);
    const src = await serve(doc);
    const wrap = document.createElement('div');
    wrap.innerHTML = `<evidence-badge src="${src}"></evidence-badge><mechanism-stepper></mechanism-stepper>`;
    document.body.append(wrap);
    const [big, neighbour] = [...wrap.children] as Explainer[];
    expect(await settled(big)).to.equal('error');
    expect(big.shadowRoot!.textContent).to.contain('This explainer could not be shown: its study data could not be read.');
    expect(warnings.messages.some((m) => m.includes('larger than'))).to.equal(true);
    expect(await settled(neighbour)).to.equal('ready');
    wrap.remove();
  });

  it('a hanging src times out into the error state while neighbours render', async () => {
    const wrap = document.createElement('div');
    wrap.innerHTML = '<study-arms-chart fetch-timeout="300" src="/test-api/slow?ms=4000"></study-arms-chart><evidence-badge></evidence-badge>';
    document.body.append(wrap);
    const [slow, neighbour] = [...wrap.children] as Explainer[];
    expect(await settled(neighbour)).to.equal('ready');
    expect(await settled(slow)).to.equal('error');
    wrap.remove();
  });
});
