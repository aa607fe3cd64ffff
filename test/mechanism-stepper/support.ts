import { fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { MechanismStepper } from '../../src/index.js';
import type { ExplainerDocument } from '../../src/content/types.js';
import { copyOfDefault, settled } from '../support/helpers.js';

export { isFirefox } from '../support/engines.js';

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

/** A small made-up document with three steps of known shape and a picture of its own. */
export function threeSteps(): ExplainerDocument {
  const doc = copyOfDefault('en');
  doc.example = true;
  doc.mechanism = {
    title: 'How the pretend drug works',
    scene: {
      actors: [
        { id: 'wall', kind: 'tissue', label: 'Pretend wall', x: 200, y: 120, radius: 50 },
        { id: 'helpers', kind: 'cell', mark: 'H', label: 'Helper cells', x: 130, y: 50, count: 2 },
        { id: 'pill', kind: 'drug', label: 'Pretend drug', x: 270, y: 90 },
        { id: 'docks', kind: 'receptor', label: 'Docking spots', x: 260, y: 160, count: 3 },
      ],
    },
    steps: [
      {
        id: 'one',
        title: 'First thing',
        body: 'Body one.',
        claims: ['C01'],
        scene: { alt: 'A thick wall with helper cells outside it.', show: ['wall', 'helpers'], states: { wall: 'more', helpers: 'blocked' } },
      },
      {
        id: 'two',
        title: { patient: 'Second, plainly', clinician: 'Second, technically' },
        body: { patient: 'Plain body.', clinician: 'Technical body.' },
        claims: ['C02'],
        inMice: true,
        scene: { alt: { patient: 'The drug sits on the docking spots.', clinician: 'Drug bound to the docking spots.' }, show: ['wall', 'helpers', 'pill', 'docks'], focus: ['pill'], states: { wall: 'less', docks: 'blocked' } },
      },
      { id: 'three', title: 'Third thing', body: 'Body three.', claims: ['C04'], inMice: true, scene: { alt: 'Helper cells and the drug.', show: ['helpers', 'pill'] } },
    ],
  };
  return doc;
}

/** The same document without a picture. */
export function threeStepsTextOnly(): ExplainerDocument {
  const doc = threeSteps();
  delete doc.mechanism.scene;
  for (const step of doc.mechanism.steps) delete step.scene;
  return doc;
}
