import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { TAGS } from '../../src/manifest/widgets.js';
import { settled } from '../support/helpers.js';

/**
 * Issue #27: on a phone the three widgets together, as pasted with default options, fit in
 * 2,000 px without hiding a result, in every language (Spanish, the longer, is the bound).
 * A 390 px wide phone and the browser's default page margin of 8 px (a page made of the README's
 * snippets, where the issue measured 2,600 px) give each widget 374 px.
 */
const PHONE_WIDGET_PX = 390 - 2 * 8;
/**
 * The target is 2,000 px; not met yet (2,112 px in English, 2,186 in Spanish in Chromium on
 * 2026-12-05, from 2,583 and 2,660: the chart's eleven outcomes and caption take 1,017 px, the
 * stepper's tallest step sets its 840). Until then this guards today's figure, so the widgets
 * grow no longer on a phone.
 */
const TARGET_PX = 2000;
const MOST_PX = 2250;

describe('the three widgets on a phone (issue #27)', () => {
  for (const lang of LANGUAGES) {
    it(`take at most ${MOST_PX} px together at 390 px in ${lang}`, async () => {
      const page = await fixture<HTMLElement>(html`<div lang=${lang} style="inline-size: ${PHONE_WIDGET_PX}px"></div>`);
      const widgets = TAGS.map((tag) => page.appendChild(document.createElement(tag)) as HTMLElement & { updateComplete: Promise<boolean> });
      for (const widget of widgets) expect(await settled(widget), widget.localName).to.equal('ready');
      const heights = Object.fromEntries(widgets.map((w) => [w.localName, Math.round(w.getBoundingClientRect().height)]));
      const total = Object.values(heights).reduce((sum, h) => sum + h, 0);
      console.log(`${lang} at 390 px: ${JSON.stringify(heights)}, ${total} px together (target ${TARGET_PX})`);
      expect(total, JSON.stringify(heights)).to.be.at.most(MOST_PX);
    });
  }
});
