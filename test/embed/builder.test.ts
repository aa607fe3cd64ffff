import { expect } from '@open-wc/testing';
// @ts-expect-error: plain JavaScript module of the demo site
import { buildSnippets } from '../../demo/snippets.js';
import { until, widgetsRendered } from '../support/frames.js';

const base = `${location.origin}/dist/`;

/** Pastes an HTML snippet into a blank same-origin page, as a site editor would. */
async function paste(snippet: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.srcdoc = `<!doctype html><html><body>${snippet}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

describe('embed-code builder snippets', () => {
  it('the script snippet renders the chosen widget with the chosen options', async () => {
    const { script } = buildSnippets({ widget: 'evidence-badge', options: { lang: 'es', theme: 'dark', variant: 'full' }, base });
    const { frame, doc } = await paste(script);
    await widgetsRendered(doc, ['evidence-badge']);
    const badge = doc.querySelector('evidence-badge')!;
    expect(badge.getAttribute('lang')).to.equal('es');
    expect(badge.getAttribute('variant')).to.equal('full');
    expect(badge.shadowRoot!.querySelector('[part~="base"]')!.classList.contains('theme-dark')).to.equal(true);
    frame.remove();
  });

  it('the iframe snippet renders the chosen widget and resizes', async () => {
    const { iframe } = buildSnippets({ widget: 'mechanism-stepper', options: { step: '2', audience: 'clinician' }, base });
    const { frame, doc } = await paste(iframe);
    const inner = doc.querySelector('iframe')!;
    await until(() => inner.style.height !== '', 'the height message');
    const stepper = inner.contentDocument!.querySelector('mechanism-stepper')!;
    expect(stepper.getAttribute('step')).to.equal('2');
    expect(stepper.getAttribute('audience')).to.equal('clinician');
    frame.remove();
  });

  it('drops unknown options and escapes values', () => {
    const { script, shortcode } = buildSnippets({
      widget: 'study-arms-chart',
      options: { view: 'table', outcome: '"><script>alert(1)</script>', highlight: 'combination', bogus: 'x', theme: 'neon' },
      base: 'https://cdn.example/"x/',
    });
    expect(script).to.not.contain('<script>alert');
    expect(script).to.contain('src="https://cdn.example/&quot;x/study-explainers.min.js"');
    expect(script).to.contain('<study-arms-chart view="table" highlight="combination"></study-arms-chart>');
    expect(shortcode).to.equal('[study_explainer widget="study-arms-chart" view="table" highlight="combination"]');
  });
});
