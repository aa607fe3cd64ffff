import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { settled } from '../support/helpers.js';

type Ready = HTMLElement & { updateComplete: Promise<boolean> };

/** sRGB channels (0–1) of any CSS colour: the browser converts it with color-mix() in srgb. */
function rgb(color: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.color = `color-mix(in srgb, ${color} 100%, black 0%)`;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  const srgb = computed.match(/color\(srgb ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)/);
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3])].map((v) => Math.min(1, Math.max(0, v))) as [number, number, number];
  const rgbMatch = computed.match(/rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)/);
  if (rgbMatch) return [Number(rgbMatch[1]) / 255, Number(rgbMatch[2]) / 255, Number(rgbMatch[3]) / 255];
  throw new Error(`cannot read colour ${color} (computed ${computed})`);
}

function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = rgb(c).map((s) => {
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

describe('theming with only --se-accent-color set', function () {
  this.timeout(30000); // axe over three full widgets is slow on a loaded machine
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
