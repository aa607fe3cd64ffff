import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { captureWarnings, settled } from '../support/helpers.js';

type Explainer = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate?: () => void };
const TAGS = ['mechanism-stepper', 'study-arms-chart', 'evidence-badge'] as const;

/**
 * Counts what the elements leave behind: listeners on window and document, and pending
 * timers, animation frames and observers of the kinds the code uses (setTimeout in the
 * loader and the CSV download, the MutationObserver that follows <html lang>).
 */
function trackGlobals() {
  const live = new Map<string, number>();
  const timers = new Set<number>();
  const frames = new Set<number>();
  const observers = new Set<MutationObserver | ResizeObserver>();
  const originals = {
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
    raf: window.requestAnimationFrame,
    caf: window.cancelAnimationFrame,
    mutationObserve: MutationObserver.prototype.observe,
    mutationDisconnect: MutationObserver.prototype.disconnect,
    resizeObserve: ResizeObserver.prototype.observe,
    resizeDisconnect: ResizeObserver.prototype.disconnect,
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
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = (originals.setTimeout as (...a: unknown[]) => number).call(
      window,
      (...a: unknown[]) => {
        timers.delete(id);
        if (typeof handler === 'function') handler(...a);
      },
      ms,
      ...args,
    );
    timers.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    originals.clearTimeout.call(window, id);
  }) as typeof clearTimeout;
  window.setInterval = ((...args: Parameters<typeof setInterval>) => {
    const id = (originals.setInterval as (...a: unknown[]) => number).call(window, ...args);
    timers.add(id);
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    originals.clearInterval.call(window, id);
  }) as typeof clearInterval;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id = originals.raf.call(window, (t) => {
      frames.delete(id);
      callback(t);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    originals.caf.call(window, id);
  };
  MutationObserver.prototype.observe = function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
    observers.add(this);
    return originals.mutationObserve.apply(this, args);
  };
  MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    observers.delete(this);
    return originals.mutationDisconnect.call(this);
  };
  ResizeObserver.prototype.observe = function (this: ResizeObserver, ...args: Parameters<ResizeObserver['observe']>) {
    observers.add(this);
    return originals.resizeObserve.apply(this, args);
  };
  ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
    observers.delete(this);
    return originals.resizeDisconnect.call(this);
  };
  return {
    listeners: () => [...live.entries()].filter(([, n]) => n !== 0),
    timers: () => timers.size,
    frames: () => frames.size,
    observers: () => observers.size,
    restore() {
      EventTarget.prototype.addEventListener = originals.add;
      EventTarget.prototype.removeEventListener = originals.remove;
      Object.assign(window, {
        setTimeout: originals.setTimeout,
        clearTimeout: originals.clearTimeout,
        setInterval: originals.setInterval,
        clearInterval: originals.clearInterval,
        requestAnimationFrame: originals.raf,
        cancelAnimationFrame: originals.caf,
      });
      Object.assign(MutationObserver.prototype, { observe: originals.mutationObserve, disconnect: originals.mutationDisconnect });
      Object.assign(ResizeObserver.prototype, { observe: originals.resizeObserve, disconnect: originals.resizeDisconnect });
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

  it('the leak tracker sees what it is meant to see (so the next test can fail)', () => {
    const tracker = trackGlobals();
    try {
      window.setTimeout(() => {}, 60_000);
      requestAnimationFrame(() => {});
      new MutationObserver(() => {}).observe(document.body, { childList: true });
      const onResize = () => {};
      window.addEventListener('resize', onResize);
      expect([tracker.timers(), tracker.frames(), tracker.observers(), tracker.listeners().length]).to.deep.equal([1, 1, 1, 1]);
      window.removeEventListener('resize', onResize);
    } finally {
      tracker.restore();
    }
  });

  it('removed and re-added a hundred times: no errors, no leaked listeners, timers or observers', async () => {
    const tracker = trackGlobals();
    try {
      // Widgets that follow the page language observe <html lang> while connected.
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
      expect(tracker.observers(), 'the <html lang> observer while widgets are connected').to.equal(1);
      host.remove();
      await new Promise((r) => setTimeout(r, 50));
      expect(tracker.listeners(), 'window/document listeners left behind').to.deep.equal([]);
      expect(tracker.timers(), 'timers still pending').to.equal(0);
      expect(tracker.frames(), 'animation frames still pending').to.equal(0);
      expect(tracker.observers(), 'observers still connected').to.equal(0);
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
