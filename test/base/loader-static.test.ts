import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import { until } from '../support/frames.js';
import { STATIC_ATTRIBUTE } from '../../src/base/static-mark.js';

/**
 * Issue 27: when a pre-rendered widget's code cannot be loaded, the loader marks its host
 * (STATIC_ATTRIBUTE), so its served copy shows all of its content without controls.
 * A chunk is made to fail by the page's import map, which sends the loader's request for it to a
 * 404: the loader itself is today's dist/loader.js, unchanged.
 */
const TAGS = ['evidence-badge', 'mechanism-stepper'];

/** The pre-rendered markup of `tag`, from the test server's pre-rendered page (bin/render.js). */
async function served(tag: string): Promise<string> {
  const html = await (await fetch('/test-api/prerendered.html')).text();
  const markup = html.match(new RegExp(`<${tag}[\\s\\S]*?</${tag}>`))?.[0];
  if (!markup) throw new Error(`no pre-rendered ${tag}`);
  return markup;
}

/** The URL of the chunk named `name` (base, evidence-badge, …) as dist/loader.js imports it. */
async function chunkUrl(name: string): Promise<string> {
  const loader = await (await fetch('/dist/loader.js')).text();
  const file = loader.match(new RegExp(`\\./chunks/(${name}-[a-z0-9]+\\.js)`))?.[1];
  if (!file) throw new Error(`dist/loader.js imports no ${name} chunk`);
  return new URL(`/dist/chunks/${file}`, location.href).href;
}

/** A page with a pre-rendered badge and stepper and the loader, where the chunk `lost` answers 404. */
async function pageWithout(lost: string) {
  const imports = { [await chunkUrl(lost)]: '/test-api/status/404' };
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const widgets = (await Promise.all(TAGS.map(served))).join('');
  frame.srcdoc =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="importmap">${JSON.stringify({ imports })}</script>` +
    `<script type="module" src="/dist/loader.js"></script></head><body>${widgets}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

const live = (el: Element | null) => Boolean(el && el.matches(':defined') && el.shadowRoot?.querySelector('[part~="source"]'));

describe('loader: a pre-rendered widget whose code is lost', () => {
  it("the badge's element chunk answers 404: the badge is marked static and keeps its served copy; the stepper hydrates unmarked", async () => {
    await executeServerCommand('bring-to-front');
    const { frame, doc } = await pageWithout('evidence-badge');
    const badge = doc.querySelector('evidence-badge')!;
    const stepper = doc.querySelector('mechanism-stepper')!;
    await until(() => badge.hasAttribute(STATIC_ATTRIBUTE), 'the static mark on the badge', 8000);
    await until(() => stepper.matches(':defined'), 'the stepper to hydrate', 8000);
    expect(badge.matches(':defined'), 'the badge was never defined').to.equal(false);
    expect(badge.shadowRoot?.querySelector('[part~="source"]'), 'its served copy is still on show').to.not.equal(null);
    expect(live(stepper)).to.equal(true);
    expect(stepper.hasAttribute(STATIC_ATTRIBUTE), 'a widget that hydrated is never static').to.equal(false);
    frame.remove();
  });

  it('the base chunk answers 404: every pre-rendered widget is marked static and keeps its served copy', async () => {
    await executeServerCommand('bring-to-front');
    const { frame, doc } = await pageWithout('base');
    for (const tag of TAGS) {
      const host = doc.querySelector(tag)!;
      await until(() => host.hasAttribute(STATIC_ATTRIBUTE), `the static mark on the ${tag}`, 8000);
      expect(host.shadowRoot?.querySelector('[part~="source"]'), `the ${tag}'s served copy`).to.not.equal(null);
    }
    frame.remove();
  });
});
