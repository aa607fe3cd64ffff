import { expect, fixture, html } from '@open-wc/testing';
import type { MechanismStepper } from '../../src/index.js';
import { stepperEn, stepperEs } from '../../src/components/mechanism-stepper/mechanism-stepper.strings.js';
import { textFor } from '../../src/content/text.js';
import { copyOfDefault, mount, settled } from '../support/helpers.js';
import { current, q, qa, stepper, threeSteps, visibleSteps } from './support.js';

const stepOf = (template: string, n: number, total: number) => template.replace('{n}', String(n)).replace('{total}', String(total));

describe('mechanism-stepper rendering', () => {
  it('lists every step of the document, one visible, each heading saying "Step N of M"', async () => {
    const doc = copyOfDefault('en');
    const el = await stepper(doc);
    const steps = qa(el, '.step');
    const total = doc.mechanism.steps.length;
    expect(steps).to.have.length(total);
    expect(visibleSteps(el)).to.have.length(1);
    steps.forEach((step, i) => {
      const heading = step.querySelector('[part~="step-heading"]')!;
      expect(heading.tagName).to.equal('H4');
      expect(heading.textContent!.replace(/\s+/g, ' ')).to.include(stepOf(stepperEn.stepOf, i + 1, total));
      expect(heading.textContent).to.include(textFor(doc.mechanism.steps[i].title, 'patient'));
    });
    expect(q(el, '[part~="heading"]').textContent).to.equal(textFor(doc.mechanism.title, 'patient'));
    expect(q(el, '[part~="source"]')).to.exist;
  });

  it('step headings follow heading-level', async () => {
    const el = await fixture<MechanismStepper>(html`<mechanism-stepper heading-level="2"></mechanism-stepper>`);
    await settled(el);
    expect(q(el, '[part~="heading"]').tagName).to.equal('H2');
    expect(q(el, '[part~="step-heading"]').tagName).to.equal('H3');
  });

  it('hidden steps use the hidden attribute and still reserve their height', async () => {
    const el = await stepper();
    const box = q(el, '[part~="step-text"]');
    const heights = [];
    for (let i = 0; i < qa(el, '.step').length; i += 1) {
      el.step = i;
      await el.updateComplete;
      heights.push(box.getBoundingClientRect().height);
      qa(el, '.step').forEach((s, j) => expect(s.hidden).to.equal(j !== i));
    }
    expect(new Set(heights).size).to.equal(1);
  });

  it('marks steps seen in mice, with text', async () => {
    const el = await stepper(threeSteps());
    const steps = qa(el, '.step');
    expect(steps[0].querySelector('.mice')).to.equal(null);
    expect(steps[1].querySelector('.mice')!.textContent).to.equal('In mice');
  });

  it('clinician audience shows the clinician text', async () => {
    const el = await stepper(threeSteps(), { audience: 'clinician' });
    const step = qa(el, '.step')[1];
    expect(step.textContent).to.include('Second, technically');
    expect(step.textContent).to.include('Technical body.');
  });

  it('Spanish: UI strings, picture labels and document text', async () => {
    const doc = copyOfDefault('es');
    const el = await stepper(doc, { lang: 'es' });
    expect(q(el, 'button.previous').textContent).to.include(stepperEs.previous);
    expect(q(el, 'button.next').textContent).to.include(stepperEs.next);
    expect(q(el, 'button.toggle').textContent!.trim()).to.equal(stepperEs.showAll);
    expect(q(el, '.step [part~="step-heading"]').textContent).to.include(stepOf(stepperEs.stepOf, 1, doc.mechanism.steps.length));
    expect(q(el, '.scene').textContent).to.include(stepperEs.sceneTumour);
    expect(q(el, '.step').textContent).to.include(textFor(doc.mechanism.steps[0].title, 'patient'));
  });

  it('the picture is one role="img" SVG named after the step, with real text labels', async () => {
    const doc = copyOfDefault('en');
    const el = await stepper(doc);
    const svgs = qa(el, 'svg');
    expect(svgs).to.have.length(1);
    expect(svgs[0].getAttribute('role')).to.equal('img');
    expect(svgs[0].getAttribute('aria-label')).to.include(textFor(doc.mechanism.steps[0].title, 'patient'));
    expect(q(el, '[part~="picture"]').contains(svgs[0])).to.equal(true);
    expect(svgs[0].querySelectorAll('text').length).to.be.greaterThan(3);
  });

  it('the picture changes with the step state', async () => {
    const el = await stepper(threeSteps());
    const state = () => ({
      collagen: q(el, '.collagen').getAttribute('class'),
      immune: q(el, '.immune').getAttribute('class'),
      drug: q(el, '.drug-mark').getAttribute('class'),
    });
    const first = state();
    expect(first.collagen).to.include('dense');
    expect(first.immune).to.include('outside');
    el.step = 1;
    await el.updateComplete;
    const second = state();
    expect(second.collagen).to.include('thin');
    expect(second.immune).to.include('inside');
    expect(second.drug).to.include('on');
    expect(q(el, '.label.focus').textContent).to.equal(stepperEn.sceneDrug);
  });

  it('document scene labels replace the default picture labels', async () => {
    const doc = threeSteps();
    doc.mechanism.sceneLabels = { immune: 'Killer cells' };
    const el = await stepper(doc);
    expect(q(el, '.scene').textContent).to.include('Killer cells');
    expect(q(el, '.scene').textContent).not.to.include(stepperEn.sceneImmune);
  });

  it('show-all lists every step with its own picture and hides the one-at-a-time controls', async () => {
    const el = await stepper(threeSteps());
    el.showAll = true;
    await el.updateComplete;
    expect(el.hasAttribute('show-all')).to.equal(true);
    expect(visibleSteps(el)).to.have.length(3);
    expect(qa(el, '.step svg')).to.have.length(3);
    expect(q(el, '[part~="picker"]').hidden).to.equal(true);
    expect(q(el, '.nav').hidden).to.equal(true);
    expect(q(el, 'button.toggle').getAttribute('aria-expanded')).to.equal('true');
    q<HTMLButtonElement>(el, 'button.toggle').click();
    await el.updateComplete;
    expect(el.hasAttribute('show-all')).to.equal(false);
    expect(visibleSteps(el)).to.have.length(1);
    expect(q(el, 'button.toggle').getAttribute('aria-expanded')).to.equal('false');
    expect(current(el)).to.have.length(1);
  });

  it('the show-all attribute works from markup', async () => {
    const el = await fixture<MechanismStepper>(html`<mechanism-stepper show-all></mechanism-stepper>`);
    await settled(el);
    expect(el.showAll).to.equal(true);
    expect(visibleSteps(el)).to.have.length(qa(el, '.step').length);
  });

  it('no horizontal overflow at 320 px, in every step and in show-all, in both languages', async () => {
    for (const lang of ['en', 'es'] as const) {
      const wrap = await mount(html`<div style="width: 320px"><mechanism-stepper lang=${lang} theme="light"></mechanism-stepper></div>`);
      const el = wrap.querySelector<MechanismStepper>('mechanism-stepper')!;
      const total = qa(el, '.step').length;
      for (let i = 0; i <= total; i += 1) {
        if (i < total) el.step = i;
        else el.showAll = true;
        await el.updateComplete;
        expect(el.scrollWidth, `${lang} step ${i}`).to.be.at.most(320);
        const base = q(el, '[part~="base"]');
        expect(base.scrollWidth, `${lang} step ${i}`).to.be.at.most(base.clientWidth + 2);
        for (const node of qa(el, 'button, svg, p, h4, li')) {
          expect(node.getBoundingClientRect().right, `${lang} step ${i}: ${node.className}`).to.be.at.most(wrap.getBoundingClientRect().right + 0.5);
        }
      }
    }
  });

  it('controls and step buttons are at least 24 × 24 px (44 aimed)', async () => {
    const el = await stepper();
    for (const button of qa(el, 'button')) {
      const r = button.getBoundingClientRect();
      expect(r.width).to.be.at.least(44);
      expect(r.height).to.be.at.least(44);
    }
  });

  it('the fictional example document from the authoring guide renders with its own steps', async () => {
    const response = await fetch('/docs/examples/walking-trial.example.json');
    const doc = await response.json();
    const el = await fixture<MechanismStepper>(html`<mechanism-stepper src="/docs/examples/walking-trial.example.json" lang="en"></mechanism-stepper>`);
    expect(await settled(el)).to.equal('ready');
    const steps = qa(el, '.step');
    expect(steps).to.have.length(doc.mechanism.steps.length);
    expect(steps.map((s) => s.dataset.id)).to.deep.equal(doc.mechanism.steps.map((s: { id: string }) => s.id));
    expect(q(el, '[part~="notice"]')).to.exist;
    expect(q(el, '[part~="heading"]').textContent).to.equal(textFor(doc.mechanism.title, 'patient'));
  });
});
