import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { settled } from '../support/helpers.js';

type Ready = HTMLElement & { updateComplete: Promise<boolean> };

/** sRGB of any CSS colour the browser understands (oklch, light-dark() resolved by the caller). */
function rgb(color: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = rgb(c).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A page that sets only --se-accent-color, as a newsroom matching its brand would. */
const themed = (theme: string, accent: string) => html`
  <div style="--se-accent-color: ${accent}">
    <mechanism-stepper theme=${theme} step="1"></mechanism-stepper>
    <study-arms-chart theme=${theme} highlight="combination"></study-arms-chart>
    <evidence-badge theme=${theme} variant="full" open></evidence-badge>
  </div>
`;

describe('theming with only --se-accent-color set', () => {
  for (const [theme, accent] of [
    ['dark', '#0b5cad'], // a dark brand blue: unreadable as text and under dark text on a dark surface
    ['dark', '#7a1020'], // a dark brand red
    ['light', '#ffb000'], // a light brand amber: unreadable under white text and as link text on white
  ]) {
    it(`${theme} scheme, accent ${accent}: axe finds no contrast problem`, async () => {
      const box = await fixture<HTMLElement>(themed(theme, accent));
      for (const el of box.querySelectorAll<Ready>('mechanism-stepper, study-arms-chart, evidence-badge')) {
        expect(await settled(el)).to.equal('ready');
      }
      for (const el of box.querySelectorAll<Ready>('mechanism-stepper, study-arms-chart, evidence-badge')) {
        await expect(el).to.be.accessible();
      }
      const next = box.querySelector('mechanism-stepper')!.shadowRoot!.querySelector<HTMLElement>('button.next')!;
      const style = getComputedStyle(next);
      const ratio = contrast(style.color, style.backgroundColor);
      const surface = getComputedStyle(next.closest('.root') ?? box.querySelector('mechanism-stepper')!.shadowRoot!.querySelector('.root')!).backgroundColor;
      const accentOnSurface = contrast(style.backgroundColor, surface);
      console.log(`${theme} ${accent}: Next button text ${ratio.toFixed(1)}:1, accent on surface ${accentOnSurface.toFixed(1)}:1`);
      expect(ratio, 'Next button text').to.be.at.least(4.5);
      expect(accentOnSurface, 'accent (links, outlines) on the surface').to.be.at.least(4.5);
    });
  }
});
