import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import { settled } from '../support/helpers.js';

/**
 * Forced colours (Windows High Contrast) asserted, not only screenshotted: with
 * `forced-colors: active` emulated through the DevTools protocol (Chromium), the widgets draw
 * with the system colours and keep their borders and highlight outline visible.
 */

type Explainer = HTMLElement & { updateComplete: Promise<boolean> };

/** What the system colours compute to on this machine, read from a probe element. */
function systemColours() {
  const probe = document.createElement('div');
  document.body.append(probe);
  const read = (value: string) => {
    probe.style.color = value;
    return getComputedStyle(probe).color;
  };
  const colours = { CanvasText: read('CanvasText'), Canvas: read('Canvas'), Highlight: read('Highlight'), GrayText: read('GrayText'), ButtonText: read('ButtonText'), ButtonBorder: read('ButtonBorder') };
  probe.remove();
  return colours;
}

describe('forced colours (emulated through CDP)', () => {
  before(async function () {
    if (!(await executeServerCommand('forced-colors', { active: true }))) {
      // Firefox and WebKit have no DevTools protocol to emulate it with: say so in the reported titles.
      this.test!.parent!.title += ' (skipped outside Chromium: no DevTools protocol)';
      this.skip();
    }
    expect(matchMedia('(forced-colors: active)').matches, 'the emulation took effect').to.equal(true);
  });
  after(async () => {
    await executeServerCommand('forced-colors', { active: false });
  });

  it('the chart draws marks in CanvasText, the highlighted arm in Highlight, with an outline', async () => {
    const sys = systemColours();
    expect(sys.CanvasText).to.not.equal(sys.Canvas);
    const el = await fixture<Explainer>(html`<study-arms-chart view="panels" highlight="combination"></study-arms-chart>`);
    expect(await settled(el)).to.equal('ready');
    const root = el.shadowRoot!;
    const inks = [...root.querySelectorAll('pattern.ink:not(.hl)')];
    expect(inks.length).to.be.greaterThan(0);
    for (const p of inks) expect(getComputedStyle(p).fill, p.id).to.equal(sys.CanvasText);
    for (const p of root.querySelectorAll('pattern.ink.hl')) expect(getComputedStyle(p).fill, p.id).to.equal(sys.Highlight);
    const row = root.querySelector<HTMLElement>('.row.highlight')!;
    expect(getComputedStyle(row).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(row).outlineWidth)).to.be.at.least(2);
    expect(getComputedStyle(row).outlineColor).to.equal(sys.Highlight);
    for (const text of root.querySelectorAll('.row:not(.highlight) .arm, .panel-summary, .axis-title')) expect(getComputedStyle(text).color).to.equal(sys.CanvasText);
    expect(getComputedStyle(row.querySelector('.arm')!).color, 'the highlighted arm name').to.be.oneOf([sys.CanvasText, sys.Highlight]);
    // Arms still differ by pattern when every colour is the same.
    const fills = [...root.querySelectorAll('.panel')[0].querySelectorAll('rect.bar')].map((r) => r.getAttribute('fill'));
    if (fills.length) expect(new Set(fills).size).to.equal(fills.length);
  });

  for (const tag of ['mechanism-stepper', 'study-arms-chart', 'evidence-badge']) {
    it(`<${tag}>: system text colour, a visible box border and visible button borders`, async () => {
      const sys = systemColours();
      const el = await fixture<Explainer>(html`<div>${document.createElement(tag)}</div>`);
      const widget = el.firstElementChild as Explainer;
      expect(await settled(widget)).to.equal('ready');
      const base = widget.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      const style = getComputedStyle(base);
      expect(style.color).to.equal(sys.CanvasText);
      expect(style.borderTopStyle).to.not.equal('none');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      expect(style.borderTopColor).to.equal(sys.CanvasText);
      for (const button of widget.shadowRoot!.querySelectorAll('button')) {
        const b = getComputedStyle(button);
        expect(b.borderTopStyle, button.textContent!).to.not.equal('none');
        expect(parseFloat(b.borderTopWidth), button.textContent!).to.be.at.least(1);
        // The border shows against the page's Canvas, whatever the button's own fill.
        expect(b.borderTopColor, button.textContent!).to.not.equal(sys.Canvas);
        expect(b.borderTopColor, button.textContent!).to.be.oneOf([sys.ButtonText, sys.ButtonBorder, sys.CanvasText, sys.Highlight, sys.GrayText]);
      }
    });
  }
});
