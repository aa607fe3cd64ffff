import { expect } from '@open-wc/testing';
import { openFrame, until, widgetsRendered } from '../support/frames.js';

type Stepper = HTMLElement & { data: unknown; next(): void };

/** Apps built with esbuild from `import 'study-explainers/define'` (scripts/build-consumers.js). */
describe('framework consumers (npm build)', () => {
  for (const [name, stepId, lang] of [
    ['react', 'react-step', 'en'],
    ['vue', 'vue-step', 'es'],
  ] as const) {
    it(`${name}: renders the three elements, passes .data as a property and hears step-change`, async () => {
      const { frame, doc } = await openFrame(`/demo/consumers/${name}.html`);
      await until(() => !!doc.querySelector('mechanism-stepper'), 'the app to mount');
      await widgetsRendered(doc);
      const stepper = doc.querySelector<Stepper>('mechanism-stepper')!;
      expect(Array.isArray(stepper.data)).to.equal(true);
      expect(stepper.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal(lang);
      stepper.next();
      await until(() => doc.getElementById(stepId)!.textContent === 'Current step: 1', 'the app to hear step-change');
      frame.remove();
    });
  }

  it('react: a state change re-renders the elements in the new language', async () => {
    const { frame, doc } = await openFrame('/demo/consumers/react.html');
    await until(() => !!doc.querySelector('mechanism-stepper'), 'the app to mount');
    await widgetsRendered(doc);
    doc.querySelector('button')!.click();
    const badge = doc.querySelector('evidence-badge')!;
    await until(() => badge.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang') === 'es', 'Spanish');
    frame.remove();
  });
});
