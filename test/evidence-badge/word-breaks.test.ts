import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { settled } from '../support/helpers.js';
import { wordsBrokenAcrossLines } from '../support/word-breaks.js';
import type { EvidenceBadge } from '../../src/components/evidence-badge/evidence-badge.js';

/** Issue #27: on the narrowest phones no line of the badge ends inside a word, details open or closed. */
describe('<evidence-badge> words on narrow screens', () => {
  for (const lang of LANGUAGES) {
    for (const width of [320, 390]) {
      for (const audience of ['patient', 'clinician']) {
        it(`breaks no word at ${width} px in ${lang} (${audience}), details open`, async () => {
          // The page's padding of 16 px on either side, as on the demo page.
          const page = await fixture<HTMLElement>(html`<div lang=${lang} style="inline-size: ${width - 32}px"><evidence-badge audience=${audience}></evidence-badge></div>`);
          const badge = page.querySelector('evidence-badge') as EvidenceBadge;
          expect(await settled(badge)).to.equal('ready');
          badge.open = true;
          await badge.updateComplete;
          expect(wordsBrokenAcrossLines(badge.shadowRoot!)).to.deep.equal([]);
        });
      }
    }
  }
});
