import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { captureWarnings, settled } from '../support/helpers.js';

type Explainer = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate?: () => void };
const TAGS = ['mechanism-stepper', 'study-arms-chart', 'evidence-badge'] as const;

/** Counts listeners and timers the elements leave on window and document. */
function trackGlobals() {
  const live = new Map<string, number>();
  const timers = new Set<number>();
  const originals = {
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
  };
  const key = (target: EventTarget, type: string) => (target === window || target === document ? `${target === window ? 'window' : 'document'}:${type}` : null);
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    const k = key(this, type);
    if (k) live.set(k, (live.get(k) ?? 0) + 1);
    return (originals.add as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof EventTarget.prototype.addEventListener;
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    const k = key(this, type);
    if (k) live.set(k, (live.get(k) ?? 0) - 1);
    return (originals.remove as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof EventTarget.prototype.removeEventListener;
  window.setInterval = ((...args: Parameters<typeof setInterval>) => {
    const id = originals.setInterval(...args);
    timers.add(id);
    return id;
  }) as typeof setInterval;
  return {
    listeners: () => [...live.entries()].filter(([, n]) => n !== 0),
    intervals: () => timers.size,
    restore() {
      EventTarget.prototype.addEventListener = originals.add;
      EventTarget.prototype.removeEventListener = originals.remove;
      window.setInterval = originals.setInterval;
    },
  };
}

describe('churn', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let errors: string[];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  beforeEach(() => {
    warnings = captureWarnings();
    errors = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    warnings.restore();
    window.removeEventListener('error', onError);
  });

  it('a thousand attribute changes: no errors, still renders', async () => {
    const values: Record<string, string[]> = {
      lang: ['en', 'es', 'xx', ''],
      theme: ['light', 'dark', 'auto', 'neon'],
      audience: ['patient', 'clinician', 'doctor'],
      'heading-level': ['2', '4', '9', 'x'],
      step: ['0', '3', '999', '-1', 'abc'],
      'show-all': [''],
      view: ['chart', 'panels', 'table', 'pie'],
      outcome: ['long-term-remission', 'nope', ''],
      highlight: ['combination', 'ghost'],
      variant: ['compact', 'full', 'huge'],
      open: [''],
    };
    const names = Object.keys(values);
    for (const tag of TAGS) {
      const el = document.createElement('div');
      document.body.append(el);
      const widget = document.createElement(tag) as Explainer;
      el.append(widget);
      await settled(widget);
      for (let i = 0; i < 1000; i += 1) {
        const name = names[i % names.length];
        const options = values[name];
        const value = options[(i * 7) % options.length];
        if (i % 13 === 0) widget.removeAttribute(name);
        else widget.setAttribute(name, value);
        if (i % 100 === 0) await widget.updateComplete;
      }
      await widget.updateComplete;
      expect(await settled(widget), tag).to.equal('ready');
      el.remove();
    }
    expect(errors).to.deep.equal([]);
  });

  it('removed and re-added a hundred times: no errors, no leaked listeners or timers', async () => {
    const tracker = trackGlobals();
    try {
      const host = document.createElement('div');
      document.body.append(host);
      const widgets = TAGS.map((tag) => document.createElement(tag) as Explainer);
      for (let i = 0; i < 100; i += 1) {
        host.append(...widgets);
        if (i % 10 === 0) await Promise.all(widgets.map((w) => settled(w)));
        widgets.forEach((w) => w.remove());
      }
      host.append(...widgets);
      await Promise.all(widgets.map((w) => settled(w)));
      for (const w of widgets) expect(w.shadowRoot!.querySelector('[part~="source"]')).to.exist;
      host.remove();
      await new Promise((r) => setTimeout(r, 50));
      expect(tracker.listeners(), 'window/document listeners left behind').to.deep.equal([]);
      expect(tracker.intervals(), 'intervals started').to.equal(0);
    } finally {
      tracker.restore();
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('bad attribute values fall back with one warning', () => {
  const cases: Array<[string, string, string]> = [
    ['mechanism-stepper', 'lang', 'xx'],
    ['mechanism-stepper', 'step', '999'],
    ['study-arms-chart', 'outcome', 'nope'],
    ['study-arms-chart', 'view', 'pie'],
    ['evidence-badge', 'variant', 'huge'],
    ['evidence-badge', 'theme', 'neon'],
  ];
  for (const [tag, name, value] of cases) {
    it(`<${tag} ${name}="${value}">`, async () => {
      const warnings = captureWarnings();
      try {
        const el = document.createElement(tag) as Explainer;
        el.setAttribute(name, value);
        document.body.append(el);
        expect(await settled(el)).to.equal('ready');
        el.requestUpdate?.();
        await el.updateComplete;
        expect(warnings.messages.filter((m) => m.includes(value)), warnings.messages.join('\n')).to.have.length(1);
        el.remove();
      } finally {
        warnings.restore();
      }
    });
  }
});
