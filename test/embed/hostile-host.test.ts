import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { openFrame, widgetsRendered } from '../support/frames.js';
import { copyOfDefault, serve, settled } from '../support/helpers.js';
import { EMBEDS, withEmbed } from '../support/embeds.js';

const TAGS = ['mechanism-stepper', 'study-arms-chart', 'evidence-badge'];

for (const embed of EMBEDS) {
  describe(`script-tag embed (${embed}) on a hardened page`, () => {
    it('renders under a strict CSP with Trusted Types, with zero violations', async () => {
      const { frame, win, doc } = await openFrame(withEmbed('/test/fixtures/csp/page.html', embed));
      await widgetsRendered(doc);
      for (const tag of TAGS) expect(doc.querySelector(tag)!.shadowRoot!.querySelector('[part~="source"]'), tag).to.exist;
      expect(win.__log, win.__log.join('\n')).to.deep.equal([]);
      frame.remove();
    });

    // The classic bundle carries its own Lit: its duplicate guard stops a second copy before Lit asks
    // for a second 'lit-html' policy. The loader's copies share one set of chunks, one Lit.
    it('two snippets on one strict-CSP page: one Trusted Types policy, zero violations', async () => {
      const { frame, win, doc } = await openFrame(withEmbed('/test/fixtures/csp/two-snippets.html', embed));
      await widgetsRendered(doc, ['evidence-badge', 'mechanism-stepper']);
      expect(win.__log, win.__log.join('\n')).to.deep.equal([]);
      frame.remove();
    });

    it('makes no request but itself, sets no cookie and writes no storage', async () => {
      const storageBefore = localStorage.length + sessionStorage.length;
      const { frame, win, doc } = await openFrame(withEmbed('/test/fixtures/bundle-page.html', embed));
      await widgetsRendered(doc);
      const requests = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => !path.startsWith('/__web-dev-server')); // the test server's own socket script
      if (embed === 'classic') {
        expect([...new Set(requests)].sort(), requests.join()).to.deep.equal(['/dist/study-explainers.min.js', '/test/fixtures/record-console.js']);
      } else {
        // The loader and its chunks, all from our own folder.
        expect(requests, requests.join()).to.include('/dist/loader.js');
        const others = requests.filter((path) => path !== '/dist/loader.js' && !path.startsWith('/dist/chunks/'));
        expect([...new Set(others)], requests.join()).to.deep.equal(['/test/fixtures/record-console.js']);
      }
      expect(doc.cookie).to.equal('');
      expect(win.localStorage.length + win.sessionStorage.length).to.equal(storageBefore);
      frame.remove();
    });

    it('beside the ES-module build, each tag is defined once and nothing is logged', async () => {
      const { frame, win, doc } = await openFrame(withEmbed('/test/fixtures/module-and-bundle.html', embed));
      await widgetsRendered(doc);
      await new Promise((r) => setTimeout(r, 200));
      expect(win.__log, win.__log.join('\n')).to.deep.equal([]);
      frame.remove();
    });
  });
}

describe('fallback content', () => {
  it('shows without JavaScript', async () => {
    const { frame, win, doc } = await openFrame('/test/fixtures/fallback.html', { sandbox: 'allow-same-origin' });
    expect(win.customElements.get('evidence-badge')).to.equal(undefined);
    for (const fallback of doc.querySelectorAll('.fallback')) {
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    }
    frame.remove();
  });

  for (const embed of EMBEDS) {
  it(`is hidden once the elements render, with no layout shift (${embed})`, async () => {
    const { frame, win, doc } = await openFrame(withEmbed('/test/fixtures/fallback.html', embed));
    await widgetsRendered(doc);
    await new Promise((r) => setTimeout(r, 300));
    for (const fallback of doc.querySelectorAll('.fallback')) {
      expect(fallback.getBoundingClientRect().height, fallback.textContent!).to.equal(0);
    }
    // Known gap (issue 17): the loader's widgets render after the host's first paint, so a fallback
    // of another height than the widget shifts what follows; only pre-rendered HTML (not done yet)
    // holds the exact box. The classic bundle renders before the first paint here.
    if (embed === 'classic' && PerformanceObserver.supportedEntryTypes.includes('layout-shift')) expect(win.__cls).to.equal(0);
    frame.remove();
  });
  }
});

describe('fallback content while a src document loads', () => {
  it('stays visible until the content arrives, then gives way', async () => {
    const el = document.createElement('evidence-badge');
    el.setAttribute('src', '/test-api/slow?ms=400');
    el.setAttribute('fetch-timeout', '3000');
    el.innerHTML = '<p class="fallback">Early research · In mice · Peer-reviewed.</p>';
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot, 'the element upgraded').to.exist;
    const fallback = el.querySelector('.fallback')!;
    expect(fallback.getBoundingClientRect().height, 'fallback shown while loading').to.be.greaterThan(0);
    el.setAttribute('src', await serve(copyOfDefault()));
    expect(await settled(el)).to.equal('ready');
    expect(fallback.getBoundingClientRect().height, 'fallback hidden once rendered').to.equal(0);
    el.remove();
  });
});
