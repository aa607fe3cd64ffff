import { fixtureSync, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { defaultExplainer } from '../../src/content/default/index.js';
import type { ExplainerDocument } from '../../src/content/types.js';

/** A deep copy of the default English (or Spanish) document to change in a test. */
export function copyOfDefault(lang: 'en' | 'es' = 'en'): ExplainerDocument {
  const doc = defaultExplainer.find((d) => d.lang === lang)!;
  return structuredClone(doc) as ExplainerDocument;
}

/** Resolves once the element has rendered its content or its error state. */
export async function settled(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<'ready' | 'error'> {
  const done = () => (el.shadowRoot!.querySelector('[part~="error"]') ? 'error' : el.shadowRoot!.querySelector('.loading') ? null : 'ready');
  await el.updateComplete;
  if (!el.shadowRoot) throw new Error(`<${el.localName}> is not upgraded: import the define module`);
  for (let i = 0; i < 200; i += 1) {
    const state = done();
    if (state) return state;
    await Promise.race([oneEvent(el, 'explainer-ready'), oneEvent(el, 'explainer-error'), new Promise((r) => setTimeout(r, 50))]);
    await el.updateComplete;
  }
  throw new Error('element never settled');
}

/** Records console.warn calls until `restore()`. */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}

/**
 * Like open-wc's `fixture()` for a plain wrapper (a `<div>` around elements): `fixture()` waits
 * for an animation frame there, which never comes in a background test tab. Waits for the
 * explainer elements inside to settle instead.
 */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const wrap = fixtureSync<T>(template);
  const elements = [...wrap.querySelectorAll('mechanism-stepper, study-arms-chart, evidence-badge')];
  if (wrap.matches('mechanism-stepper, study-arms-chart, evidence-badge')) elements.push(wrap);
  await Promise.all(elements.map((el) => settled(el as HTMLElement & { updateComplete: Promise<boolean> })));
  return wrap;
}

/** Puts a document on the test server and returns a URL that serves it as JSON. */
export async function serve(document: unknown): Promise<string> {
  const response = await fetch('/test-api/store', { method: 'POST', body: JSON.stringify(document) });
  return response.text();
}
