import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { MechanismStepper } from '../../src/index.js';
import { stepperStrings } from '../../src/components/mechanism-stepper/mechanism-stepper.strings.js';
import type { StepChangeDetail } from '../../src/components/mechanism-stepper/mechanism-stepper.js';
import { textFor } from '../../src/content/text.js';
import { captureWarnings, copyOfDefault, settled } from '../support/helpers.js';
import { canEmulateMedia, skipIn } from '../support/engines.js';
import { current, liveRegion, nextButton, previousButton, q, qa, stepper, threeSteps, visibleSteps } from './support.js';

const stepperEn = stepperStrings.en;

const active = (el: Element) => el.shadowRoot!.activeElement;

describe('mechanism-stepper keyboard', () => {
  it('a keyboard-only walk through every step keeps focus on Next, never on body', async () => {
    const doc = copyOfDefault('en');
    const total = doc.mechanism.steps.length;
    const el = await stepper(doc);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    try {
      before.focus();
      // Tab through the step picker and Previous until Next has focus.
      for (let i = 0; i < total + 3 && active(el) !== nextButton(el); i += 1) await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(nextButton(el));
      for (let i = 1; i < total; i += 1) {
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.step).to.equal(i);
        expect(document.activeElement).to.equal(el);
        expect(active(el)).to.equal(nextButton(el));
        expect(visibleSteps(el)[0].textContent).to.include(textFor(doc.mechanism.steps[i].title, 'patient'));
      }
      // Next holds both labels (one hidden, so it keeps its size): the shown one is the last step's.
      expect(nextButton(el).innerText).to.include(stepperEn.startAgain);
      expect(nextButton(el).innerText).not.to.include(stepperEn.next);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.step).to.equal(0);
      expect(active(el)).to.equal(nextButton(el));
    } finally {
      before.remove();
    }
  });

  it('Previous is aria-disabled on the first step, stays focusable and does nothing', async () => {
    const el = await stepper(threeSteps());
    const previous = previousButton(el);
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    expect(previous.disabled).to.equal(false);
    previous.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.step).to.equal(0);
    expect(active(el)).to.equal(previous);
    el.step = 1;
    await el.updateComplete;
    expect(previous.getAttribute('aria-disabled')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.step).to.equal(0);
    expect(active(el)).to.equal(previous);
  });

  it('arrow keys step only while focus is inside, and focus stays put', async () => {
    const el = await stepper(threeSteps());
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.step).to.equal(0);
    const picker = qa<HTMLButtonElement>(el, '[part~="picker"] button');
    picker[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.step).to.equal(1);
    expect(active(el)).to.equal(picker[0]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.step).to.equal(2);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.step).to.equal(1);
  });

  it('right to left (dir="rtl" on the page): ArrowLeft goes forward, ArrowRight back, and the layout is mirrored', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 640px"><mechanism-stepper .data=${threeSteps()} lang="en" theme="light"></mechanism-stepper></div>`);
    const el = wrap.firstElementChild as MechanismStepper;
    await settled(el);
    expect(getComputedStyle(el).direction).to.equal('rtl');
    const picker = qa<HTMLButtonElement>(el, '[part~="picker"] button');
    // Mirrored: the first step's button is right of the second, Previous right of Next.
    expect(picker[0].getBoundingClientRect().left).to.be.greaterThan(picker[1].getBoundingClientRect().left);
    expect(previousButton(el).getBoundingClientRect().left).to.be.greaterThan(nextButton(el).getBoundingClientRect().left);
    picker[0].focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.step).to.equal(1);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.step).to.equal(2);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.step).to.equal(1);
    expect(active(el)).to.equal(picker[0]);
  });

  it('the step picker has exactly one aria-current="step", matching step', async () => {
    const el = await stepper(threeSteps());
    const picker = qa<HTMLButtonElement>(el, '[part~="picker"] button');
    for (const i of [2, 0, 1]) {
      picker[i].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.step).to.equal(i);
      expect(current(el)).to.deep.equal([picker[i]]);
      expect(picker[i].getAttribute('aria-current')).to.equal('step');
      expect(active(el)).to.equal(picker[i]);
    }
  });
});

describe('mechanism-stepper events and announcements', () => {
  it('the live region is empty at load and announces "Step N of M: title" after each click', async () => {
    const doc = copyOfDefault('en');
    const total = doc.mechanism.steps.length;
    const el = await stepper(doc);
    expect(qa(el, '[aria-live]')).to.have.length(1);
    expect(liveRegion(el).getAttribute('aria-live')).to.equal('polite');
    expect(liveRegion(el).textContent!.trim()).to.equal('');
    // Written out by hand from the default document's patient titles.
    const expected = [
      'Step 2 of 8: A signal draws in fibroblasts',
      'Step 3 of 8: Tumors from women had more CXCR4 receptors than nearby healthy tissue',
      'Step 4 of 8: Dense tissue squeezes blood vessels',
      'Step 5 of 8: Immune cells are kept out',
      'Step 6 of 8: In mice, plerixafor thinned the tissue',
      'Step 7 of 8: In mice, more immune cells got in',
      'Step 8 of 8: In mice, the drug helped an immune treatment',
    ];
    expect(total).to.equal(8);
    for (const announcement of expected) {
      nextButton(el).click();
      await el.updateComplete;
      expect(liveRegion(el).textContent!.trim()).to.equal(announcement);
    }
    previousButton(el).click();
    await el.updateComplete;
    expect(liveRegion(el).textContent!.trim()).to.equal('Step 7 of 8: In mice, more immune cells got in');
  });

  it('step-change fires with { index, id } after each change, not on load', async () => {
    const doc = threeSteps();
    const events: StepChangeDetail[] = [];
    const el = await fixture<MechanismStepper>(html`<mechanism-stepper .data=${doc} @step-change=${(e: CustomEvent<StepChangeDetail>) => events.push(e.detail)}></mechanism-stepper>`);
    await settled(el);
    expect(events).to.have.length(0);
    const wait = oneEvent(el, 'step-change');
    nextButton(el).click();
    const event = await wait;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ index: 1, id: 'two' });
    el.goTo('three');
    await el.updateComplete;
    el.previous();
    await el.updateComplete;
    el.next();
    await el.updateComplete;
    el.next(); // already last: no change
    await el.updateComplete;
    el.goTo(0);
    await el.updateComplete;
    expect(events).to.deep.equal([
      { index: 1, id: 'two' },
      { index: 2, id: 'three' },
      { index: 1, id: 'two' },
      { index: 2, id: 'three' },
      { index: 0, id: 'one' },
    ]);
  });

  it('step reflects between attribute and property', async () => {
    const el = await fixture<MechanismStepper>(html`<mechanism-stepper step="2" .data=${threeSteps()}></mechanism-stepper>`);
    await settled(el);
    expect(el.step).to.equal(2);
    expect(visibleSteps(el)[0].dataset.id).to.equal('three');
    el.step = 1;
    await el.updateComplete;
    expect(el.getAttribute('step')).to.equal('1');
    el.setAttribute('step', '0');
    await el.updateComplete;
    expect(el.step).to.equal(0);
    expect(current(el)[0].textContent!.trim()).to.equal('1');
    el.setAttribute('show-all', '');
    await el.updateComplete;
    expect(el.showAll).to.equal(true);
    el.showAll = false;
    await el.updateComplete;
    expect(el.hasAttribute('show-all')).to.equal(false);
  });

  it('out-of-range and bad step values are clamped with one warning each', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<MechanismStepper>(html`<mechanism-stepper step="99" .data=${threeSteps()}></mechanism-stepper>`);
      await settled(el);
      expect(el.step).to.equal(2);
      expect(el.getAttribute('step')).to.equal('2');
      expect(warnings.messages.filter((m) => m.includes('99'))).to.have.length(1);
      el.step = -3;
      await el.updateComplete;
      expect(el.step).to.equal(0);
      el.setAttribute('step', 'abc');
      await el.updateComplete;
      expect(el.step).to.equal(0);
      expect(el.goTo('no-such-step')).to.equal(false);
      expect(el.step).to.equal(0);
      el.step = 99;
      await el.updateComplete;
      expect(warnings.messages.filter((m) => m.includes('99'))).to.have.length(1);
      expect(warnings.messages.filter((m) => m.includes('-3'))).to.have.length(1);
      expect(warnings.messages.filter((m) => m.includes('no-such-step'))).to.have.length(1);
      expect(current(el)).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('changing language keeps the step and announces nothing', async () => {
    const el = await fixture<MechanismStepper>(html`<mechanism-stepper step="1" lang="en"></mechanism-stepper>`);
    await settled(el);
    el.lang = 'es';
    await el.updateComplete;
    await settled(el);
    expect(el.step).to.equal(1);
    expect(liveRegion(el).textContent!.trim()).to.equal('');
    expect(q(el, 'button.next').innerText).to.include('Siguiente');
  });
});

describe('mechanism-stepper motion', () => {
  afterEach(async () => {
    if (canEmulateMedia) await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('with prefers-reduced-motion: reduce nothing animates between steps', async function () {
    skipIn(this, 'Firefox', 'puppeteer cannot emulate media features over WebDriver BiDi');
    skipIn(this, 'WebKit', 'WebDriver has no media emulation');
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await stepper();
    for (let i = 0; i < 3; i += 1) {
      el.getBoundingClientRect();
      nextButton(el).click();
      await el.updateComplete;
      expect(el.shadowRoot!.getAnimations()).to.have.length(0);
    }
  });

  it('without the preference, changes are short transitions (≤ 400 ms), never infinite', async function () {
    skipIn(this, 'Firefox', 'puppeteer cannot emulate media features over WebDriver BiDi');
    // WebKit cannot emulate it, but has no preference by default.
    if (canEmulateMedia) await emulateMedia({ reducedMotion: 'no-preference' });
    expect(matchMedia('(prefers-reduced-motion: no-preference)').matches, 'no motion preference').to.equal(true);
    const el = await stepper();
    el.getBoundingClientRect(); // style the first state, so the change can transition from it
    nextButton(el).click();
    await el.updateComplete;
    expect(el.shadowRoot!.getAnimations().length).to.be.greaterThan(0);
    for (const animation of el.shadowRoot!.getAnimations()) {
      const timing = animation.effect!.getComputedTiming();
      expect(Number(timing.duration)).to.be.at.most(400);
      expect(timing.iterations).to.equal(1);
    }
  });
});
