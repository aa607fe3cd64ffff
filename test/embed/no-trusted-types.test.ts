import { expect } from '@open-wc/testing';
import { openFrame, type PageWindow, widgetsRendered } from '../support/frames.js';
import { copyOfDefault, serve } from '../support/helpers.js';
import { EMBEDS, withEmbed } from '../support/embeds.js';
import { type Loose, noScriptRan, PAYLOADS, poisonText } from '../support/hostile.js';

const TAGS = ['mechanism-stepper', 'study-arms-chart', 'evidence-badge'];

/**
 * Older Safari (before WebKit shipped Trusted Types) has no such API: Lit writes its templates with no policy there. All three
 * engines the suite runs in have the API, so the page takes it away before our script runs, and
 * the strict policy comes without its Trusted Types directives (what such a browser enforces).
 */
for (const embed of EMBEDS) {
  describe(`without Trusted Types (${embed}), under the rest of the strict CSP`, () => {
    for (const payload of PAYLOADS) {
      it(`content renders as text and nothing runs: ${payload.slice(0, 24)}`, async () => {
        const src = await serve(poisonText(copyOfDefault() as unknown as Loose, payload));
        const { frame, win, doc } = await openFrame(withEmbed('/test/fixtures/csp/no-trusted-types.html?tt=none', embed));
        expect((win as PageWindow & { __noTrustedTypes?: boolean }).__noTrustedTypes, 'the page has no Trusted Types API').to.equal(true);
        for (const tag of TAGS) {
          const el = doc.createElement(tag);
          el.setAttribute('src', src);
          doc.body.append(el);
        }
        await widgetsRendered(doc);
        for (const tag of TAGS) {
          const el = doc.querySelector(tag)!;
          expect(el.shadowRoot!.querySelector('[part~="source"]'), `${tag} rendered`).to.exist;
          expect(el.shadowRoot!.textContent, tag).to.contain(payload.slice(0, 10));
          noScriptRan(el, win);
        }
        expect(win.__log, win.__log.join('\n')).to.deep.equal([]);
        frame.remove();
      });
    }
  });
}
