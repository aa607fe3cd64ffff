import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { EvidenceBadge } from '../../src/index.js';
import { captureWarnings, copyOfDefault, settled } from '../support/helpers.js';
import { details, part, shadow } from './support.js';

describe('<evidence-badge> errors and bad input', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('an unknown variant falls back to compact with one warning', async () => {
    const el = await fixture<EvidenceBadge>(html`<evidence-badge variant="huge"></evidence-badge>`);
    expect(await settled(el)).to.equal('ready');
    el.requestUpdate();
    await el.updateComplete;
    expect(details(el)).to.exist;
    expect(part(el, 'pill')).to.exist;
    expect(warnings.messages.filter((m) => m.includes("'huge'"))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('switching variants at run time keeps working', async () => {
    const el = await fixture<EvidenceBadge>(html`<evidence-badge open></evidence-badge>`);
    await settled(el);
    el.variant = 'full';
    await el.updateComplete;
    expect(details(el)).to.equal(null);
    el.variant = 'compact';
    await el.updateComplete;
    expect(details(el)!.open).to.equal(true);
    expect(warnings.messages).to.have.length(0);
  });

  it('invalid evidence shows the translated error state and names the path', async () => {
    const doc = copyOfDefault() as unknown as { evidence: { stage: string } };
    doc.evidence.stage = 'phase-9';
    const el = document.createElement('evidence-badge');
    el.lang = 'es';
    el.data = doc;
    const failed = oneEvent(el, 'explainer-error');
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.path).to.equal('evidence.stage');
    await el.updateComplete;
    expect(detail.reason).to.equal('incomplete');
    expect(part(el, 'error')!.textContent!.trim()).to.equal('Esta explicación no se pudo mostrar: faltan datos del estudio.');
    expect(shadow(el).textContent).not.to.contain('evidence.stage');
    expect(warnings.messages.some((m) => m.includes('evidence.stage'))).to.equal(true);
    expect(part(el, 'pill')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('content text with markup is shown as text', async () => {
    const doc = copyOfDefault();
    doc.evidence.summary.text = '<b>bold</b>';
    doc.evidence.caveats = [{ text: '<img src=x>', attribution: '<i>someone</i>', claims: ['C07'] }];
    const el = await fixture<EvidenceBadge>(html`<evidence-badge .data=${doc} open></evidence-badge>`);
    expect(await settled(el)).to.equal('ready');
    expect(shadow(el).querySelector('b, img, i')).to.equal(null);
    expect(part(el, 'lead')!.textContent).to.contain('<b>bold</b>');
    expect(shadow(el).textContent).to.contain('<img src=x>');
    expect(shadow(el).textContent).to.contain('<i>someone</i>');
  });

  it('a javascript: study URL is refused: error state, no link at all', async () => {
    const doc = copyOfDefault();
    doc.study.url = 'javascript:alert(1)';
    const el = document.createElement('evidence-badge');
    el.data = doc;
    const failed = oneEvent(el, 'explainer-error');
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.path).to.equal('study.url');
    await el.updateComplete;
    expect(part(el, 'error')).to.exist;
    expect(shadow(el).querySelectorAll('a')).to.have.length(0);
    expect(part(el, 'error')!.textContent!.trim()).to.equal('This explainer could not be shown: its study data is incomplete.');
    expect(shadow(el).innerHTML).not.to.contain('javascript:');
    el.remove();
  });

  it('a document without a DOI still offers the paper link and a citation', async () => {
    const doc = copyOfDefault();
    delete doc.study.doi;
    doc.study.url = 'https://example.org/paper';
    const el = await fixture<EvidenceBadge>(html`<evidence-badge .data=${doc} open></evidence-badge>`);
    expect(await settled(el)).to.equal('ready');
    const citation = part(el, 'citation')!;
    expect(citation.querySelector('a.doi')).to.equal(null);
    expect([...citation.querySelectorAll('a')].map((a) => a.href)).to.include('https://example.org/paper');
    expect(citation.querySelector('.citation-text')!.textContent).to.contain('https://example.org/paper');
  });
});
