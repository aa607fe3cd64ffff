import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EvidenceBadge } from '../../src/index.js';
import { badgeStrings } from '../../src/components/evidence-badge/evidence-badge.strings.js';
import { mount, settled } from '../support/helpers.js';
import { canEmulateMedia, pressWith, skipIn } from '../support/engines.js';
import { details, part, shadow, text } from './support.js';

const badgeEn = badgeStrings.en;
const badgeEs = badgeStrings.es;

async function badge(template: ReturnType<typeof html>) {
  const el = await fixture<EvidenceBadge>(template);
  expect(await settled(el)).to.equal('ready');
  return el;
}

/** Waits for the element to re-render after a native `toggle` event (which fires a task later). */
async function afterToggle(el: EvidenceBadge) {
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}

const summary = (el: EvidenceBadge) => details(el)!.querySelector('summary')!;

describe('<evidence-badge> keyboard', () => {
  it('Enter on the summary opens the details and reflects `open`; Enter again closes them', async () => {
    const el = await badge(html`<evidence-badge></evidence-badge>`);
    summary(el).focus();
    expect(shadow(el).activeElement).to.equal(summary(el));
    await sendKeys({ press: 'Enter' });
    await afterToggle(el);
    expect(details(el)!.open).to.equal(true);
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(part(el, 'panel')!.checkVisibility()).to.equal(true);
    expect(shadow(el).activeElement).to.equal(summary(el));
    await sendKeys({ press: 'Enter' });
    await afterToggle(el);
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
  });

  it('Space on the summary opens the details', async () => {
    const el = await badge(html`<evidence-badge></evidence-badge>`);
    summary(el).focus();
    await sendKeys({ press: ' ' });
    await afterToggle(el);
    expect(el.open).to.equal(true);
    expect(el.getAttribute('open')).to.equal('');
  });

  it('Tab reaches the summary, then the links and the copy button; the pill is skipped', async () => {
    const wrap = await mount(html`<div><button id="before">before</button><evidence-badge open></evidence-badge><button id="after">after</button></div>`);
    const el = wrap.querySelector<EvidenceBadge>('evidence-badge')!;
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(summary(el));
    const reached: Element[] = [];
    for (let i = 0; i < 12 && document.activeElement === el; i += 1) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement === el) reached.push(shadow(el).activeElement!);
    }
    // Focus leaves the element for the next control on the page: no trap.
    expect(document.activeElement).to.equal(wrap.querySelector('#after'));
    expect(reached.length).to.be.greaterThan(1);
    expect(reached).to.include(part(el, 'copy-button')!);
    expect(reached.every((node) => node.matches('a[href], button'))).to.equal(true);
    expect(shadow(el).querySelectorAll('[tabindex]')).to.have.length(0);
  });
});

describe('<evidence-badge> events and the open property', () => {
  it('setting `open` opens the native disclosure and fires badge-toggle with { open }', async () => {
    const el = await badge(html`<evidence-badge></evidence-badge>`);
    const event = oneEvent(el, 'badge-toggle');
    el.open = true;
    const { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({ open: true });
    expect(bubbles && composed).to.equal(true);
    expect(details(el)!.open).to.equal(true);
    const closing = oneEvent(el, 'badge-toggle');
    el.removeAttribute('open');
    expect((await closing).detail).to.deep.equal({ open: false });
    expect(details(el)!.open).to.equal(false);
  });

  it('a reader toggle fires badge-toggle exactly once per change; the initial state fires nothing', async () => {
    const seen: boolean[] = [];
    const el = await fixture<EvidenceBadge>(html`<evidence-badge open @badge-toggle=${(e: CustomEvent) => seen.push(e.detail.open)}></evidence-badge>`);
    await settled(el);
    await afterToggle(el);
    expect(seen).to.deep.equal([]);
    summary(el).click();
    await afterToggle(el);
    summary(el).click();
    await afterToggle(el);
    expect(seen).to.deep.equal([false, true]);
  });

  it('fires explainer-ready once', async () => {
    const el = document.createElement('evidence-badge');
    let count = 0;
    el.addEventListener('explainer-ready', () => (count += 1));
    const ready = oneEvent(el, 'explainer-ready');
    document.body.append(el);
    await ready;
    el.open = true;
    await el.updateComplete;
    expect(count).to.equal(1);
    el.remove();
  });
});

describe('<evidence-badge> copy citation', () => {
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).clipboard;
    getSelection()?.removeAllRanges();
  });

  it('puts the citation on the clipboard and announces it politely', async () => {
    const el = await badge(html`<evidence-badge open lang="en"></evidence-badge>`);
    // Written out by hand from the default document (first three authors, "et al.", date, DOI link).
    const expected =
      'Ivy X. Chen, Vikash P. Chauhan, Jessica Posada, et al. Blocking CXCR4 alleviates desmoplasia, increases ' +
      'T-lymphocyte infiltration, and improves immunotherapy in metastatic breast cancer. Proceedings of the National Academy of Sciences (PNAS). ' +
      '2019;116(10):4558–4566; published online January 30, 2019. https://doi.org/10.1073/pnas.1815515116';
    const status = part(el, 'copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('');
    part(el, 'copy-button')!.focus();
    // A real key press: the Clipboard API needs a user gesture.
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 40 && !text(status); i += 1) await new Promise((r) => setTimeout(r, 25));
    expect(text(status)).to.equal(badgeEn.copied);
    expect(shadow(el).activeElement).to.equal(part(el, 'copy-button'));
    // Read the clipboard back by pasting it (reading needs a permission that paste does not).
    const area = document.createElement('textarea');
    document.body.append(area);
    area.focus();
    await pressWith('Control', 'v');
    expect(area.value).to.equal(expected);
    expect(expected).to.contain('https://doi.org/10.1073/pnas.1815515116');
    area.remove();
  });

  it('without the Clipboard API: selects the citation and says how to copy it (Spanish)', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const el = await badge(html`<evidence-badge open lang="es"></evidence-badge>`);
    part(el, 'copy-button')!.click();
    const status = part(el, 'copy-status')!;
    for (let i = 0; i < 40 && !text(status); i += 1) await new Promise((r) => setTimeout(r, 25));
    expect(text(status)).to.equal(badgeEs.copySelected);
    const selection = getSelection()!;
    const box = shadow(el).querySelector('.citation-text')!;
    expect(selection.rangeCount).to.equal(1);
    // What a reader's copy would take. (getRangeAt reports a selection inside a shadow root
    // re-targeted to the host: WebKit as a collapsed range before it, so the text is what tells.)
    expect(selection.toString().replace(/\s+/g, ' ').trim()).to.equal(text(box));
  });

  it('a refused write falls back to selecting; pressing again announces again', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      configurable: true,
    });
    const el = await badge(html`<evidence-badge variant="full" lang="en"></evidence-badge>`);
    const status = part(el, 'copy-status')!;
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(text(status)));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    part(el, 'copy-button')!.click();
    for (let i = 0; i < 40 && !text(status); i += 1) await new Promise((r) => setTimeout(r, 25));
    part(el, 'copy-button')!.click();
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    observer.disconnect();
    expect(text(status)).to.equal(badgeEn.copySelected);
    expect(texts.filter((t) => t === '').length).to.be.greaterThan(0);
  });
});

describe('<evidence-badge> print', () => {
  afterEach(async () => {
    if (canEmulateMedia) await emulateMedia({ media: 'screen' });
  });

  it('print shows the details even when the disclosure is closed', async function () {
    skipIn(this, 'Firefox', 'puppeteer cannot emulate print media over WebDriver BiDi');
    skipIn(this, 'WebKit', 'WebDriver has no media emulation');
    const el = await badge(html`<evidence-badge></evidence-badge>`);
    const panel = part(el, 'panel')!;
    expect(panel.checkVisibility()).to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(panel.checkVisibility()).to.equal(true);
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(part(el, 'copy-button')!.checkVisibility()).to.equal(false);
  });
});

describe('<evidence-badge> printing', () => {
  it('opens the details for paper in every browser, then restores them without a badge-toggle', async () => {
    const el = document.createElement('evidence-badge') as HTMLElement & { open: boolean; updateComplete: Promise<boolean> };
    document.body.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    const toggles: unknown[] = [];
    el.addEventListener('badge-toggle', (e) => toggles.push((e as CustomEvent).detail));
    const disclosure = () => el.shadowRoot!.querySelector('details')!;
    expect(disclosure().open).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(disclosure().open).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(disclosure().open).to.equal(false);
    expect(el.open).to.equal(false);
    expect(toggles).to.deep.equal([]);
    el.remove();
  });
});
