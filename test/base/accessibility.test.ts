import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { settled } from '../support/helpers.js';

/** Every element in its default state, both themes and both languages, passes axe. */
describe('accessibility of the default state', () => {
  const cases = [
    ['mechanism-stepper', (theme: string, lang: string) => html`<mechanism-stepper theme=${theme} lang=${lang}></mechanism-stepper>`],
    ['study-arms-chart', (theme: string, lang: string) => html`<study-arms-chart theme=${theme} lang=${lang}></study-arms-chart>`],
    ['evidence-badge', (theme: string, lang: string) => html`<evidence-badge theme=${theme} lang=${lang}></evidence-badge>`],
  ] as const;

  for (const [tag, template] of cases) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'es']) {
        it(`<${tag}> ${theme} ${lang}`, async () => {
          const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(template(theme, lang));
          expect(await settled(el)).to.equal('ready');
          await expect(el).to.be.accessible();
        });
      }
    }
  }

  it('the error state is accessible', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<evidence-badge><script type="application/json">{</script></evidence-badge>`,
    );
    expect(await settled(el)).to.equal('error');
    await expect(el).to.be.accessible();
  });
});
