import { expect, html } from '@open-wc/testing';
import type { MechanismStepper } from '../../src/index.js';
import { declarativeHtml } from '../../src/prerender/declarative-html.js';
import { STATIC_ATTRIBUTE } from '../../src/base/static-mark.js';
import { textFor } from '../../src/content/text.js';
import { copyOfDefault, mount } from '../support/helpers.js';
import '../../src/define.js';

/**
 * Issue 27: pre-rendered HTML of the stepper (declarative shadow DOM) in a page where it is never
 * upgraded. Marked static (the loader's mark), it shows every step in order and no control; not
 * marked (script on, still loading), it is the widget as drawn.
 */

const WIDTH = 390;

/** The stepper pre-rendered in `lang`, in a frame of its own with no script, WIDTH px wide. */
async function prerendered(lang: 'en' | 'es', marked: boolean) {
  const wrap = await mount(html`<div style="width: ${WIDTH}px"><mechanism-stepper lang=${lang} theme="light"></mechanism-stepper></div>`);
  const live = wrap.querySelector<MechanismStepper>('mechanism-stepper')!;
  const markup = declarativeHtml(live);
  const frame = document.createElement('iframe');
  // Taller than the stepper: a frame that scrolls has a scroll bar in Firefox, 12 px narrower than its width.
  frame.style.cssText = `width: ${WIDTH}px; height: 3000px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><body style="margin: 0">${markup}</body></html>`;
  document.body.append(frame);
  await loaded;
  const host = frame.contentDocument!.querySelector('mechanism-stepper')!;
  if (marked) host.setAttribute(STATIC_ATTRIBUTE, '');
  expect(host.shadowRoot, 'declarative shadow root').to.exist;
  expect(frame.contentWindow!.customElements.get('mechanism-stepper'), 'never upgraded').to.equal(undefined);
  return { live, host, root: host.shadowRoot!, done: () => frame.remove() };
}

const shown = (node: Element) => node.checkVisibility({ visibilityProperty: true, opacityProperty: true });

for (const lang of ['en', 'es'] as const) {
  describe(`mechanism-stepper pre-rendered, never upgraded (${lang}, issue 27)`, () => {
    const doc = copyOfDefault(lang);

    it(`marked ${STATIC_ATTRIBUTE}: every step's title and text visible, in order, and no control`, async () => {
      const { root, done } = await prerendered(lang, true);
      try {
        const steps = [...root.querySelectorAll('.step')];
        expect(steps).to.have.length(doc.mechanism.steps.length);
        let bottom = -Infinity;
        steps.forEach((step, i) => {
          const title = step.querySelector('.title')!;
          const body = step.querySelector('.body')!;
          expect(title.textContent).to.equal(textFor(doc.mechanism.steps[i].title, 'patient'));
          expect(body.textContent).to.equal(textFor(doc.mechanism.steps[i].body, 'patient'));
          expect(shown(title), `step ${i + 1} title`).to.equal(true);
          expect(shown(body), `step ${i + 1} text`).to.equal(true);
          const box = step.getBoundingClientRect();
          expect(box.top, `step ${i + 1} below step ${i}`).to.be.at.least(bottom - 0.5);
          bottom = box.bottom;
        });
        const controls = [...root.querySelectorAll('button, [part~="picker"], [part~="controls"]')];
        expect(controls.length).to.be.above(10);
        expect(controls.filter(shown).map((c) => c.className || c.getAttribute('part'))).to.deep.equal([]);
      } finally {
        done();
      }
    });

    it('not marked (script on, still loading): the widget exactly as drawn, one step and its controls', async () => {
      const { live, host, root, done } = await prerendered(lang, false);
      try {
        expect([...root.querySelectorAll('.step')].filter(shown)).to.have.length(1);
        expect(shown(root.querySelector('button.next')!)).to.equal(true);
        expect(shown(root.querySelector('[part~="picker"]')!)).to.equal(true);
        expect(Math.abs(host.getBoundingClientRect().height - live.getBoundingClientRect().height)).to.be.at.most(1);
      } finally {
        done();
      }
    });
  });
}
