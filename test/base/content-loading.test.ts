import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { EvidenceBadge } from '../../src/index.js';
import { captureWarnings, copyOfDefault, mount, serve, settled } from '../support/helpers.js';

/** Every element shows the source line, so tests mark documents through the journal's name (the badge shows the full one, the others the short one). */
const mark = (doc: { study: { journal: string; journalShort?: string } }, name: string) => {
  doc.study.journal = name;
  doc.study.journalShort = name;
};
const journal = (el: Element) => el.shadowRoot!.querySelector('[part~="source"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const json = (value: unknown) => JSON.stringify(value);

describe('content resolution', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('a bare element shows the built-in default study', async () => {
    const el = await fixture<EvidenceBadge>(html`<evidence-badge></evidence-badge>`);
    expect(await settled(el)).to.equal('ready');
    expect(journal(el)).to.contain(copyOfDefault().study.journalShort!);
    expect(el.shadowRoot!.textContent).to.contain('Proceedings of the National Academy of Sciences');
  });

  it('.data wins over inline JSON and src', async () => {
    const data = copyOfDefault();
    mark(data, 'From the data property');
    const inline = copyOfDefault();
    mark(inline, 'From inline JSON');
    const el = await fixture<EvidenceBadge>(html`<evidence-badge .data=${data} src="/test-api/status/404">
      <script type="application/json">${json(inline)}</script>
    </evidence-badge>`);
    expect(await settled(el)).to.equal('ready');
    expect(journal(el)).to.contain('From the data property');
  });

  it('inline JSON wins over src', async () => {
    const inline = copyOfDefault();
    mark(inline, 'From inline JSON');
    const el = await fixture<EvidenceBadge>(html`<evidence-badge src="/test-api/status/404">
      <script type="application/json">${json(inline)}</script>
    </evidence-badge>`);
    expect(await settled(el)).to.equal('ready');
    expect(journal(el)).to.contain('From inline JSON');
  });

  it('loads a document from src', async () => {
    const doc = copyOfDefault();
    mark(doc, 'Fetched');
    const src = await serve(doc);
    const el = await fixture<EvidenceBadge>(html`<evidence-badge src=${src}></evidence-badge>`);
    expect(await settled(el)).to.equal('ready');
    expect(journal(el)).to.contain('Fetched');
  });

  it('picks the document matching lang from a list', async () => {
    const en = copyOfDefault('en');
    const es = copyOfDefault('es');
    mark(es, 'Titular en español');
    const el = await fixture<EvidenceBadge>(html`<evidence-badge lang="es" .data=${[en, es]}></evidence-badge>`);
    await settled(el);
    expect(journal(el)).to.contain('Titular en español');
  });

  it('a 404 src shows the error state and fires explainer-error with a path', async () => {
    const el = document.createElement('evidence-badge');
    el.src = '/test-api/status/404';
    const event = oneEvent(el, 'explainer-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.path).to.equal('src');
    expect(detail.message).to.contain('404');
    await el.updateComplete;
    expect(detail.reason).to.equal('unloaded');
    // Readers get words; the path and the URL go only to the console and the event.
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent!.trim()).to.equal('This explainer could not be shown: its study data could not be loaded.');
    expect(el.shadowRoot!.textContent).not.to.contain('404');
    expect(el.shadowRoot!.textContent).not.to.contain('/test-api');
    expect(warnings.messages.filter((m) => m.includes('404'))).to.have.length(1);
    el.remove();
  });

  it('invalid JSON from src shows the error state', async () => {
    const el = await fixture<EvidenceBadge>(html`<evidence-badge src="/test-api/echo?body=%7Bnot-json"></evidence-badge>`);
    expect(await settled(el)).to.equal('error');
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent!.trim()).to.equal('This explainer could not be shown: its study data could not be read.');
    expect(el.shadowRoot!.textContent).not.to.contain('JSON');
    expect(warnings.messages.some((m) => m.includes('not valid JSON'))).to.equal(true);
  });

  it('a src that never answers times out into the error state', async () => {
    const el = await fixture<EvidenceBadge>(html`<evidence-badge fetch-timeout="200" src="/test-api/slow?ms=3000"></evidence-badge>`);
    expect(await settled(el)).to.equal('error');
    expect(el.shadowRoot!.textContent).to.contain('This explainer could not be shown: its study data could not be loaded.');
    expect(warnings.messages.some((m) => m.includes('200 ms'))).to.equal(true);
  });

  it('a javascript: src is never fetched', async () => {
    const el = await fixture<EvidenceBadge>(html`<evidence-badge src="javascript:alert(1)"></evidence-badge>`);
    expect(await settled(el)).to.equal('error');
    expect(el.shadowRoot!.textContent).to.contain('This explainer could not be shown: its study data could not be loaded.');
    expect(el.shadowRoot!.textContent).not.to.contain('javascript:');
    expect(warnings.messages.some((m) => m.includes('only http: and https:'))).to.equal(true);
  });

  it('changing src aborts the earlier fetch; only the latest result shows', async () => {
    const doc = copyOfDefault();
    mark(doc, 'Second');
    const el = await fixture<EvidenceBadge>(html`<evidence-badge src="/test-api/slow?ms=1500"></evidence-badge>`);
    el.src = await serve(doc);
    expect(await settled(el)).to.equal('ready');
    expect(journal(el)).to.contain('Second');
    await new Promise((r) => setTimeout(r, 1700));
    expect(journal(el)).to.contain('Second');
    expect(warnings.messages).to.have.length(0);
  });

  it('broken inline JSON shows the error state while a neighbour renders', async () => {
    const wrap = await mount(html`<div>
      <evidence-badge id="broken"><script type="application/json">{ "schemaVersion": 1, </script></evidence-badge>
      <study-arms-chart id="fine"></study-arms-chart>
    </div>`);
    const broken = wrap.querySelector<EvidenceBadge>('#broken')!;
    const fine = wrap.querySelector<EvidenceBadge>('#fine')!;
    expect(await settled(broken)).to.equal('error');
    expect(await settled(fine)).to.equal('ready');
  });

  it('a document with a schema problem names the JSON path', async () => {
    const doc = copyOfDefault() as unknown as { arms: { outcomes: Array<{ results: Array<{ arm: string }> }> } };
    doc.arms.outcomes[0].results[0].arm = 'icb2';
    const el = document.createElement('evidence-badge');
    el.data = doc;
    const event = oneEvent(el, 'explainer-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.path).to.equal('arms.outcomes[0].results[0].arm');
    expect(detail.message).to.contain("unknown arm 'icb2'");
    expect(warnings.messages.join('\n')).to.contain('arms.outcomes[0].results[0].arm');
    el.remove();
  });

  it('fires explainer-ready once the content has rendered', async () => {
    const el = document.createElement('mechanism-stepper');
    const ready = oneEvent(el, 'explainer-ready');
    document.body.append(el);
    const event = await ready;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(journal(el)).to.contain('PNAS');
    el.remove();
  });

  it('content text is rendered as text, never as HTML', async () => {
    const doc = copyOfDefault();
    mark(doc, '<img src=x onerror="window.__pwned=1">');
    const el = await fixture<EvidenceBadge>(html`<evidence-badge .data=${doc}></evidence-badge>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(journal(el)).to.contain(doc.study.journal);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('a document that validates but breaks rendering', () => {
  it('shows the error state and fires explainer-error, not explainer-ready', async () => {
    const warnings = captureWarnings();
    try {
      const doc = copyOfDefault();
      // A getter that throws passes validation's first read, then fails while rendering.
      let reads = 0;
      Object.defineProperty(doc.study, 'journal', {
        enumerable: true,
        get() {
          reads += 1;
          if (reads > 1) throw new Error('boom');
          return 'PNAS';
        },
      });
      const el = document.createElement('evidence-badge');
      const events: string[] = [];
      el.addEventListener('explainer-ready', () => events.push('ready'));
      el.addEventListener('explainer-error', () => events.push('error'));
      el.data = doc;
      document.body.append(el);
      await oneEvent(el, 'explainer-error');
      await el.updateComplete;
      expect(events).to.deep.equal(['error']);
      expect(el.shadowRoot!.textContent).to.contain('could not be shown');
      el.remove();
    } finally {
      warnings.restore();
    }
  });
});

describe('hostile .data objects', () => {
  it('a list whose items throw on read ends in the error state, with no unhandled rejection', async () => {
    const warnings = captureWarnings();
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const el = document.createElement('evidence-badge');
      el.data = [
        {
          get lang(): string {
            throw new Error('trap');
          },
        },
      ];
      const failed = oneEvent(el, 'explainer-error');
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.message).to.contain('could not be read');
      await new Promise((r) => setTimeout(r, 50));
      expect(rejections).to.deep.equal([]);
      el.remove();
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
      warnings.restore();
    }
  });

  it('explainer-ready says where the content came from', async () => {
    const el = document.createElement('evidence-badge');
    el.data = copyOfDefault();
    const ready = oneEvent(el, 'explainer-ready');
    document.body.append(el);
    expect((await ready).detail.origin).to.equal('data');
    el.remove();
  });

  it('a stepper whose document loses its steps after validation shows the error state', async () => {
    const warnings = captureWarnings();
    try {
      const doc = copyOfDefault();
      const el = document.createElement('mechanism-stepper') as HTMLElement & { data: unknown; step: number; updateComplete: Promise<boolean> };
      el.data = doc;
      document.body.append(el);
      expect(await settled(el)).to.equal('ready');
      doc.mechanism.steps.length = 0; // changed in place: the validation cache does not see it
      const failed = oneEvent(el, 'explainer-error');
      el.step = 3;
      await failed;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
      el.remove();
    } finally {
      warnings.restore();
    }
  });
});
