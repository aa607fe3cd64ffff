import { fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { MechanismStepper } from '../../src/index.js';
import type { ExplainerDocument } from '../../src/content/types.js';
import { copyOfDefault, settled } from '../support/helpers.js';

export const isFirefox = navigator.userAgent.includes('Firefox');

export const shadow = (el: Element) => el.shadowRoot!;
export const q = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
export const qa = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
export const nextButton = (el: Element) => q<HTMLButtonElement>(el, 'button.next');
export const previousButton = (el: Element) => q<HTMLButtonElement>(el, 'button.previous');
export const liveRegion = (el: Element) => q(el, '[aria-live]');
export const visibleSteps = (el: Element) => qa(el, '.step').filter((s) => !s.hidden);
export const current = (el: Element) => qa(el, '[aria-current]');

/** A stepper showing `doc` (default: the built-in English document). */
export async function stepper(doc: ExplainerDocument = copyOfDefault('en'), attrs: { lang?: string; theme?: string; audience?: string } = {}) {
  const el = await fixture<MechanismStepper>(
    html`<mechanism-stepper .data=${doc} lang=${attrs.lang ?? 'en'} theme=${attrs.theme ?? 'light'} audience=${attrs.audience ?? 'patient'}></mechanism-stepper>`,
  );
  await settled(el);
  return el;
}

/** A small made-up document with three steps of known shape. */
export function threeSteps(): ExplainerDocument {
  const doc = copyOfDefault('en');
  doc.example = true;
  doc.mechanism = {
    title: 'How the pretend drug works',
    steps: [
      { id: 'one', title: 'First thing', body: 'Body one.', claims: ['C01'], scene: { collagen: 'dense', immune: 'outside' } },
      {
        id: 'two',
        title: { patient: 'Second, plainly', clinician: 'Second, technically' },
        body: { patient: 'Plain body.', clinician: 'Technical body.' },
        claims: ['C02'],
        inMice: true,
        scene: { collagen: 'thin', immune: 'inside', drug: true, receptors: true, focus: 'drug' },
      },
      { id: 'three', title: 'Third thing', body: 'Body three.', claims: ['C04'], inMice: true, scene: { immune: 'inside', checkpoint: true } },
    ],
  };
  return doc;
}
