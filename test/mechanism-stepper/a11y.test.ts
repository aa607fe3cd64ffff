import { expect } from '@open-wc/testing';
import { copyOfDefault } from '../support/helpers.js';
import { current, stepper, threeSteps } from './support.js';

// One test per state keeps each axe run inside the per-test timeout (Firefox is slower).
describe('mechanism-stepper accessibility (axe)', () => {
  for (const lang of ['en', 'es'] as const) {
    const total = copyOfDefault(lang).mechanism.steps.length;
    for (const theme of ['light', 'dark']) {
      for (let i = 0; i < total; i += 1) {
        it(`step ${i + 1} of ${total} is accessible (${lang}, ${theme})`, async () => {
          const el = await stepper(copyOfDefault(lang), { lang, theme });
          el.step = i;
          await el.updateComplete;
          expect(current(el)).to.have.length(1);
          await expect(el).to.be.accessible();
        });
      }
      it(`show-all is accessible (${lang}, ${theme})`, async () => {
        const el = await stepper(copyOfDefault(lang), { lang, theme });
        el.showAll = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }

  for (let i = 0; i < 3; i += 1) {
    it(`clinician text of an example document is accessible (step ${i + 1})`, async () => {
      const el = await stepper(threeSteps(), { audience: 'clinician', theme: 'dark' });
      el.step = i;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
