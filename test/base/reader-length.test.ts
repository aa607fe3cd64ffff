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
 * The target, met on 2026-12-05: 1,943 px in English, 1,980 in Spanish in Chromium (from
 * 2,583 and 2,660 before the issue). Measured in Chromium, whose fonts CI installs; Firefox lays
 * the same text out with other metrics, so there it only guards against a gross regression.
 */
const TARGET_PX = 2000;
const MOST_PX = navigator.userAgent.includes('Firefox') ? 2150 : TARGET_PX;

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
