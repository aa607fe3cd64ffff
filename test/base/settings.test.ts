import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { MechanismStepper } from '../../src/index.js';
import { captureWarnings, copyOfDefault, mount, settled } from '../support/helpers.js';

const root = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
type Resolved = { resolvedLang: string; resolvedAudience: string; resolvedTheme: string; resolvedHeadingLevel: number };
const resolved = (el: Element) => el as unknown as Resolved;

describe('common attributes', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('lang: own attribute, then the nearest ancestor, then English', async () => {
    const wrap = await mount(html`<div lang="es">
      <section><mechanism-stepper id="inherit"></mechanism-stepper></section>
      <mechanism-stepper id="own" lang="en"></mechanism-stepper>
    </div>`);
    const inherit = wrap.querySelector<MechanismStepper>('#inherit')!;
    const own = wrap.querySelector<MechanismStepper>('#own')!;
    await settled(inherit);
    await settled(own);
    expect(root(inherit).lang).to.equal('es');
    expect(root(own).lang).to.equal('en');
    const bare = await fixture<MechanismStepper>(html`<mechanism-stepper></mechanism-stepper>`);
    expect(resolved(bare).resolvedLang).to.equal(document.documentElement.lang.startsWith('es') ? 'es' : 'en');
  });

  it('lang follows a change of the page language', async () => {
    const before = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.lang = 'en';
      const el = await fixture<MechanismStepper>(html`<mechanism-stepper></mechanism-stepper>`);
      await settled(el);
      document.documentElement.lang = 'es-MX';
      await new Promise((r) => setTimeout(r, 20));
      await settled(el);
      expect(root(el).lang).to.equal('es');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = before;
    }
  });

  it('an unknown lang falls back to English with one warning', async () => {
    const el = await fixture<MechanismStepper>(html`<mechanism-stepper lang="xx"></mechanism-stepper>`);
    await settled(el);
    el.requestUpdate();
    await el.updateComplete;
    expect(root(el).lang).to.equal('en');
    expect(warnings.messages.filter((m) => m.includes("'xx'"))).to.have.length(1);
  });

  it('audience, theme and heading-level accept their values', async () => {
    const el = await fixture<MechanismStepper>(
      html`<mechanism-stepper audience="clinician" theme="dark" heading-level="5"></mechanism-stepper>`,
    );
    await settled(el);
    expect(resolved(el).resolvedAudience).to.equal('clinician');
    expect(root(el).classList.contains('theme-dark')).to.equal(true);
    expect(el.shadowRoot!.querySelector('h5')).to.exist;
    expect(warnings.messages).to.have.length(0);
  });

  it('bad audience, theme and heading-level fall back with one warning each', async () => {
    const el = await fixture<MechanismStepper>(
      html`<mechanism-stepper audience="doctor" theme="neon" heading-level="9"></mechanism-stepper>`,
    );
    await settled(el);
    el.requestUpdate();
    await el.updateComplete;
    expect(resolved(el).resolvedAudience).to.equal('patient');
    expect(resolved(el).resolvedTheme).to.equal('auto');
    expect(resolved(el).resolvedHeadingLevel).to.equal(3);
    expect(el.shadowRoot!.querySelector('h3')).to.exist;
    for (const bad of ["'doctor'", "'neon'", "'9'"]) {
      expect(warnings.messages.filter((m) => m.includes(bad)), bad).to.have.length(1);
    }
  });

  it('theme sets the colour scheme the tokens resolve in', async () => {
    const light = await fixture<MechanismStepper>(html`<mechanism-stepper theme="light"></mechanism-stepper>`);
    const dark = await fixture<MechanismStepper>(html`<mechanism-stepper theme="dark"></mechanism-stepper>`);
    await settled(light);
    await settled(dark);
    const bg = (el: Element) => getComputedStyle(root(el)).backgroundColor;
    expect(getComputedStyle(root(light)).colorScheme).to.equal('light');
    expect(getComputedStyle(root(dark)).colorScheme).to.equal('dark');
    expect(bg(light)).to.not.equal(bg(dark));
  });

  it('--se-* tokens set on the host restyle the element', async () => {
    const el = await fixture<MechanismStepper>(
      html`<mechanism-stepper style="--se-surface-color: rgb(1, 2, 3)"></mechanism-stepper>`,
    );
    await settled(el);
    expect(getComputedStyle(root(el)).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('injects nothing into the host page', async () => {
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;
    const el = await fixture<MechanismStepper>(html`<mechanism-stepper></mechanism-stepper>`);
    await settled(el);
    expect(document.styleSheets.length).to.equal(sheets);
    expect(document.adoptedStyleSheets.length).to.equal(adopted);
  });
});

describe('language of the shown document', () => {
  it('the root carries the document language when no document matches the requested one', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<MechanismStepper>(html`<mechanism-stepper lang="es" .data=${[copyOfDefault('en')]}></mechanism-stepper>`);
      expect(await settled(el)).to.equal('ready');
      expect(root(el).lang).to.equal('en');
    } finally {
      warnings.restore();
    }
  });

  it('a document in a language the widgets have no words in is refused: its words would sit among another language\'s', async () => {
    const fr = copyOfDefault('en');
    fr.lang = 'fr';
    const warnings = captureWarnings();
    try {
      const el = await fixture<MechanismStepper>(html`<mechanism-stepper lang="es" .data=${[fr]}></mechanism-stepper>`);
      expect(await settled(el)).to.equal('error');
      expect(warnings.messages.join('\n')).to.contain("[0].lang: the widgets have no words in 'fr'");
    } finally {
      warnings.restore();
    }
  });
});
