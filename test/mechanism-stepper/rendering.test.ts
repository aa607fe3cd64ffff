import { expect, fixture, html } from '@open-wc/testing';
import type { MechanismStepper } from '../../src/index.js';
import { stepperStrings } from '../../src/components/mechanism-stepper/mechanism-stepper.strings.js';
import { textFor } from '../../src/content/text.js';
import { copyOfDefault, mount, settled } from '../support/helpers.js';
import { current, q, qa, stepper, threeSteps, threeStepsTextOnly, visibleSteps } from './support.js';

const stepperEn = stepperStrings.en;
const stepperEs = stepperStrings.es;

/** The words of the picture's labels, one string per label (lines joined by spaces). */
const labelTexts = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.scene .callout text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '));
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

  it('hidden steps keep the hidden attribute and are invisible, in the shown step\'s cell: the steps take the tallest one\'s room', async () => {
    for (const doc of [copyOfDefault('en'), threeStepsTextOnly()]) {
      const el = await stepper(doc);
      for (let i = 0; i < qa(el, '.step').length; i += 1) {
        el.step = i;
        await el.updateComplete;
        const steps = qa(el, '.step');
        steps.forEach((s, j) => {
          expect(s.hidden, `${doc.id} step ${i}: ${j}`).to.equal(j !== i);
          expect(getComputedStyle(s).visibility, `${doc.id} step ${i}: ${j}`).to.equal(j === i ? 'visible' : 'hidden');
          expect(s.getBoundingClientRect().top, `${doc.id} step ${i}: ${j} in the same cell`).to.equal(steps[i].getBoundingClientRect().top);
        });
        const tallest = Math.max(...steps.map((s) => s.getBoundingClientRect().height));
        expect(Math.abs(q(el, '.steps').getBoundingClientRect().height - tallest), `${doc.id} step ${i}`).to.be.below(1);
      }
    }
  });

  it('a text-only document: the text area is as tall as its tallest step on every step', async () => {
    const doc = threeStepsTextOnly();
    doc.mechanism.steps[1].body = 'A longer body. '.repeat(30);
    const el = await stepper(doc);
    const heights: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      el.step = i;
      await el.updateComplete;
      heights.push(q(el, '.layout').getBoundingClientRect().height);
      expect(Math.abs(heights[i] - qa(el, '.step')[1].getBoundingClientRect().height), `step ${i}`).to.be.below(2);
    }
    // The short step's own text, in a cell as tall as the long one's.
    expect(visibleSteps(el)[0].querySelector('.body')!.getBoundingClientRect().height).to.be.below(heights[2] / 4);
  });

  it('step headings read "Step N of M: title", with no space before the colon', async () => {
    const el = await stepper(threeSteps());
    for (const heading of qa(el, '[part~="step-heading"]')) {
      const text = heading.innerText || heading.textContent!;
      expect(text, text).not.to.match(/\s:/);
      expect(heading.textContent!.replace(/\s+/g, ' ')).to.match(/^Step \d of 3: \S/);
    }
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
    expect(q(el, 'button.next').innerText).to.include(stepperEs.next);
    expect(q(el, 'button.toggle').textContent!.trim()).to.equal(stepperEs.showAll);
    expect(q(el, '.step [part~="step-heading"]').textContent).to.include(stepOf(stepperEs.stepOf, 1, doc.mechanism.steps.length));
    expect(labelTexts(el)).to.include(textFor(doc.mechanism.scene!.actors[1].label, 'patient'));
    q<HTMLButtonElement>(el, 'button.toggle').click();
    await el.updateComplete;
    expect(q(el, 'button.toggle').textContent!.trim()).to.equal(stepperEs.showOne);
    expect(q(el, '.step').textContent).to.include(textFor(doc.mechanism.steps[0].title, 'patient'));
  });

  it('the picture is one role="img" SVG named by the step\'s scene alt (not its title), with real text labels', async () => {
    const doc = copyOfDefault('en');
    const el = await stepper(doc);
    for (let i = 0; i < doc.mechanism.steps.length; i += 1) {
      el.step = i;
      await el.updateComplete;
      const step = doc.mechanism.steps[i];
      const svgs = qa(el, 'svg');
      expect(svgs).to.have.length(1);
      expect(svgs[0].getAttribute('role')).to.equal('img');
      expect(svgs[0].getAttribute('aria-label')).to.equal(textFor(step.scene!.alt, 'patient'));
      expect(svgs[0].getAttribute('aria-label')).not.to.equal(textFor(step.title, 'patient'));
      expect(svgs[0].getAttribute('aria-label')).not.to.include(textFor(step.title, 'patient'));
      expect(q(el, '[part~="picture"]').contains(svgs[0])).to.equal(true);
      expect(svgs[0].querySelectorAll('text').length).to.be.greaterThan(3);
    }
  });

  it('the picture draws only the actors a step shows, in the states it gives, with the document\'s labels', async () => {
    const doc = threeSteps();
    const el = await stepper(doc);
    const actor = (id: string) => q(el, `[data-actor="${id}"]`);
    expect(qa(el, '[data-actor]').map((a) => a.dataset.actor)).to.deep.equal(['wall', 'helpers']);
    expect(actor('wall').getAttribute('class')).to.include('more');
    expect(actor('helpers').getAttribute('class')).to.include('blocked');
    expect(labelTexts(el)).to.deep.equal(['Pretend wall', 'Helper cells']);
    expect(q(el, '.scene').getAttribute('aria-label')).to.equal('A thick wall with helper cells outside it.');
    el.step = 1;
    await el.updateComplete;
    expect(qa(el, '[data-actor]').map((a) => a.dataset.actor)).to.deep.equal(['wall', 'helpers', 'pill', 'docks']);
    expect(actor('wall').getAttribute('class')).to.include('less');
    expect(actor('docks').getAttribute('class')).to.include('blocked');
    expect(actor('pill').getAttribute('class')).to.include('focus');
    expect([...q(el, '.label.focus').querySelectorAll('tspan')].map((t) => t.textContent).join(' ')).to.equal('Pretend drug');
  });

  it('a document without a scene renders text steps only: no figure, no svg, no picture part', async () => {
    const doc = threeStepsTextOnly();
    const el = await stepper(doc);
    for (const all of [false, true]) {
      el.showAll = all;
      await el.updateComplete;
      expect(qa(el, 'svg, figure, [part~="picture"]'), `show-all ${all}`).to.have.length(0);
      expect(q(el, '.layout').classList.contains('text-only')).to.equal(true);
      expect(visibleSteps(el).length).to.equal(all ? 3 : 1);
    }
  });

  it('the example study\'s stepper shows only its own picture: none of the built-in study\'s words anywhere', async () => {
    const doc = await (await fetch('/docs/examples/walking-trial.example.json')).json();
    const builtIn = /tumou?r|cxcl12|cxcr4|plerixafor|fibroblast|collagen|col[aá]geno|checkpoint|T cells|linfocito|desmoplas/i;
    for (const audience of ['patient', 'clinician']) {
      const el = await stepper(doc, { audience });
      for (let i = 0; i <= doc.mechanism.steps.length; i += 1) {
        if (i < doc.mechanism.steps.length) el.step = i;
        else el.showAll = true;
        await el.updateComplete;
        const root = el.shadowRoot!;
        const attributes = [...root.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.value)).join(' ');
        expect(root.textContent, `${audience} step ${i}`).not.to.match(builtIn);
        expect(attributes, `${audience} step ${i}`).not.to.match(builtIn);
      }
      const labels = labelTexts(el);
      for (const label of labels) expect(doc.mechanism.scene.actors.map((a: { label: string }) => a.label)).to.include(label);
      expect(qa(el, '.step svg')).to.have.length(doc.mechanism.steps.length);
    }
  });

  it('at 390 px the Spanish labels neither overlap each other nor the ends of the leader lines', async () => {
    const wrap = await mount(html`<div style="width: 390px"><mechanism-stepper lang="es" theme="light"></mechanism-stepper></div>`);
    const el = wrap.querySelector<MechanismStepper>('mechanism-stepper')!;
    const total = qa(el, '.step').length;
    for (let i = 0; i < total; i += 1) {
      el.step = i;
      await el.updateComplete;
      const svgEl = q<SVGSVGElement>(el, '.scene');
      const frame = q(el, '.picture').getBoundingClientRect();
      const boxes = qa(el, '.callout text').map((t) => t.getBoundingClientRect());
      const ends = qa<SVGPathElement>(el, '.callout .leader').flatMap((path) => {
        const [x1, y1, x2, y2] = (path.getAttribute('d')!.match(/-?[\d.]+/g) ?? []).map(Number);
        const m = svgEl.getScreenCTM()!;
        return [new DOMPoint(x1, y1).matrixTransform(m), new DOMPoint(x2, y2).matrixTransform(m)];
      });
      boxes.forEach((a, j) => {
        expect(a.left, `step ${i} label ${j} inside the picture`).to.be.at.least(frame.left - 0.5);
        expect(a.right, `step ${i} label ${j} inside the picture`).to.be.at.most(frame.right + 0.5);
        boxes.slice(j + 1).forEach((b, k) => {
          const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `step ${i}: labels ${j} and ${j + k + 1} overlap`).to.equal(false);
        });
        for (const p of ends) {
          const inside = p.x > a.left + 0.5 && p.x < a.right - 0.5 && p.y > a.top + 0.5 && p.y < a.bottom - 0.5;
          expect(inside, `step ${i}: a line ends inside label ${j}`).to.equal(false);
        }
      });
    }
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
    expect(q(el, 'button.toggle').textContent!.trim()).to.equal(stepperEn.showOne);
    q<HTMLButtonElement>(el, 'button.toggle').click();
    await el.updateComplete;
    expect(el.hasAttribute('show-all')).to.equal(false);
    expect(visibleSteps(el)).to.have.length(1);
    expect(q(el, 'button.toggle').getAttribute('aria-expanded')).to.equal('false');
    expect(q(el, 'button.toggle').textContent!.trim()).to.equal(stepperEn.showAll);
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

  it('controls and step buttons are at least 24 × 24 px: Previous, Next and the toggle 44, the step picker 32 × 36 at 320 px', async () => {
    for (const width of [320, 390, 1200]) {
      const wrap = await mount(html`<div style="width: ${width}px"><mechanism-stepper lang="es" theme="light"></mechanism-stepper></div>`);
      const el = wrap.querySelector<MechanismStepper>('mechanism-stepper')!;
      for (const button of qa(el, '.controls button')) {
        const r = button.getBoundingClientRect();
        expect(r.width, `${width} px: ${button.className}`).to.be.at.least(44);
        expect(r.height, `${width} px: ${button.className}`).to.be.at.least(44);
      }
      for (const button of qa(el, '[part~="picker"] button')) {
        const r = button.getBoundingClientRect();
        expect(r.width, `${width} px`).to.be.at.least(32);
        expect(r.height, `${width} px`).to.be.at.least(36);
      }
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
