import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import { openFrame, until, widgetsRendered } from '../support/frames.js';

/** Paths of the page's requests for our chunks (dist/chunks/<name>-<hash>.js → <name>). */
function chunks(win: Window) {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/chunks/'))
    .map((path) => path.slice('/dist/chunks/'.length).replace(/-[\w]+\.js$/, ''));
}

const rendered = (el: Element | null) => Boolean(el?.shadowRoot?.querySelector('[part~="source"]'));

describe('loader (dist/loader.js): only what the page uses', () => {
  it('a page with only a badge loads no stepper, chart, other section, Spanish or validator chunk', async () => {
    const { frame, win, doc } = await openFrame('/test/fixtures/loader-badge.html');
    await widgetsRendered(doc, ['evidence-badge']);
    const loaded = chunks(win);
    expect(loaded, loaded.join()).to.include.members(['base', 'evidence-badge', 'content-en-study', 'content-en-evidence']);
    const unused = ['mechanism-stepper', 'study-arms-chart', 'content-en-mechanism', 'content-en-arms', 'content-es-study', 'content-es-evidence', 'validator'];
    for (const name of unused) expect(loaded, loaded.join()).not.to.include(name);
    // Each file once, however many ask for it (loader hint and element).
    expect(new Set(loaded).size, loaded.join()).to.equal(loaded.length);
    expect(win.customElements.get('mechanism-stepper')).to.equal(undefined);
    expect(win.__log, win.__log.join('\n')).to.deep.equal([]);
    frame.remove();
  });

  it('an element added later in Spanish loads its element chunk and the Spanish chunk', async () => {
    const { frame, win, doc } = await openFrame('/test/fixtures/loader-badge.html');
    await widgetsRendered(doc, ['evidence-badge']);
    expect(chunks(win)).not.to.include('content-es-study');
    const section = doc.createElement('section');
    section.lang = 'es';
    section.innerHTML = '<mechanism-stepper></mechanism-stepper>';
    doc.body.append(section);
    await widgetsRendered(doc, ['mechanism-stepper']);
    expect(chunks(win)).to.include.members(['mechanism-stepper', 'content-es-study', 'content-es-mechanism']);
    expect(chunks(win)).not.to.include('content-es-evidence');
    const source = doc.querySelector('mechanism-stepper')!.shadowRoot!.querySelector('[part~="base"]');
    expect(source?.getAttribute('lang')).to.equal('es');
    expect(win.__log, win.__log.join('\n')).to.deep.equal([]);
    frame.remove();
  });

  it('content from src loads the validator', async () => {
    const { frame, win, doc } = await openFrame('/test/fixtures/loader-badge.html');
    await widgetsRendered(doc, ['evidence-badge']);
    expect(chunks(win)).not.to.include('validator');
    const badge = doc.createElement('evidence-badge');
    badge.setAttribute('src', '/test-api/status/404');
    doc.body.append(badge);
    await until(() => Boolean(badge.shadowRoot?.querySelector('[part~="error"]')), 'the error state');
    expect(chunks(win)).to.include('validator');
    frame.remove();
  });
});

describe('loader: the widgets on the page at load', () => {
  it('render together in one task (one layout and paint, no loading line in between)', async () => {
    await executeServerCommand('bring-to-front');
    const { frame, win, doc } = await openFrame('/test/fixtures/loader-three.html');
    await widgetsRendered(doc);
    const page = win as typeof win & { __readyTasks: [string, number][] };
    await until(() => page.__readyTasks.length === 3, 'three ready events');
    const tasks = new Set(page.__readyTasks.map(([, task]) => task));
    expect(tasks.size, JSON.stringify(page.__readyTasks)).to.equal(1);
    // Text below them still moves down once, when they appear after the article's first paint.
    expect(win.__log, win.__log.join('\n')).to.deep.equal([]);
    frame.remove();
  });
});

describe('loader: widgets below the fold', () => {
  it('an element three viewports down waits until scrolled near, holding its space, then renders', async () => {
    // IntersectionObserver reports only in a tab that renders: a background tab never would.
    await executeServerCommand('bring-to-front');
    const { frame, win, doc } = await openFrame('/test/fixtures/loader-below-fold.html');
    await widgetsRendered(doc, ['evidence-badge']);
    const far = doc.getElementById('far')!;
    await until(() => Boolean(far.shadowRoot), 'the far badge to upgrade');
    await new Promise((r) => setTimeout(r, 300));
    expect(rendered(far), 'not rendered while far away').to.equal(false);
    expect(far.getBoundingClientRect().height, 'its fallback holds its space').to.be.greaterThan(100);
    win.scrollTo(0, far.offsetTop - 1.5 * win.innerHeight);
    await until(() => rendered(far), 'the far badge to render once near');
    // The default block margin (tokens.styles.ts), with no shift from it either.
    expect(win.getComputedStyle(doc.getElementById('near')!).marginTop).to.equal('24px');
    expect(win.getComputedStyle(far).marginBottom).to.equal('24px');
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) expect(win.__cls).to.equal(0);
    expect(win.__log, win.__log.join('\n')).to.deep.equal([]);
    frame.remove();
  });
});
