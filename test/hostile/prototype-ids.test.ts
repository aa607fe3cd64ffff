import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { formatProblem, validateExplainer } from '../../src/content/validate.js';
import type { ExplainerDocument, OutcomeResult, Statement } from '../../src/content/types.js';
import { copyOfDefault, settled } from '../support/helpers.js';

/**
 * Ids that are also names on every plain object (`{}.constructor`, `{}.toString`): code that
 * looks an id up in a plain object finds Object.prototype's function there. A document using
 * them in every id position (the document, arms, outcomes, steps, actors, claims and the
 * ledger) must validate and render exactly as the same document with ordinary ids.
 */
const PROTOTYPE_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];

/** Renames ids of one kind in order of first use: the first becomes `constructor`, and so on. */
function renamer() {
  const names = new Map<string, string>();
  return (id: string) => {
    if (!names.has(id)) names.set(id, PROTOTYPE_NAMES[names.size] ?? id);
    return names.get(id)!;
  };
}

/** The default document with prototype names for ids, in every place an id is given or used. */
function withPrototypeIds(): ExplainerDocument {
  const doc = copyOfDefault('en');
  const [arm, outcome, step, actor, claim] = [renamer(), renamer(), renamer(), renamer(), renamer()];
  doc.id = 'constructor';
  for (const a of doc.arms.arms) a.id = arm(a.id);
  for (const o of doc.arms.outcomes) {
    o.id = outcome(o.id);
    for (const r of o.results as Array<OutcomeResult & { to?: string[] }>) {
      r.arm = arm(r.arm);
      if (r.to) r.to = r.to.map(arm);
    }
  }
  for (const a of doc.mechanism.scene!.actors) a.id = actor(a.id);
  for (const s of doc.mechanism.steps) {
    s.id = step(s.id);
    const scene = s.scene!;
    scene.show = scene.show.map(actor);
    if (scene.focus) scene.focus = scene.focus.map(actor);
    if (scene.states) scene.states = Object.fromEntries(Object.entries(scene.states).map(([id, state]) => [actor(id), state]));
  }
  // Claims: every list of claim ids, wherever it is; then a ledger of exactly those ids.
  const claimIds = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const statement = value as Statement;
      if (Array.isArray(statement.claims)) statement.claims = statement.claims.map(claim);
      statement.claims?.forEach((id) => claimIds.add(id));
      Object.values(value).forEach(walk);
    }
  };
  walk(doc);
  doc.ledger = [...claimIds].map((id) => ({ id }));
  return doc;
}

type Explainer = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

async function rendered(tag: string, doc: ExplainerDocument, attrs: Record<string, string> = {}) {
  const el = await fixture<Explainer>(html`<div></div>`).then((host) => {
    const widget = document.createElement(tag) as Explainer;
    for (const [name, value] of Object.entries(attrs)) widget.setAttribute(name, value);
    widget.data = doc;
    host.append(widget);
    return widget;
  });
  expect(await settled(el), tag).to.equal('ready');
  return el;
}

/** What a reader gets: the text, and each picture actor's classes (its state is one). */
function seen(el: Element) {
  const root = el.shadowRoot!;
  return {
    text: (root.textContent ?? '').replace(/\s+/g, ' ').trim(),
    actors: [...root.querySelectorAll('g.actor')].map((g) => g.getAttribute('class')!.replace(/\s+/g, ' ').trim()),
  };
}

describe('ids that are names on every object (constructor, toString, …)', () => {
  it('a document using them in every id position is valid', () => {
    const doc = withPrototypeIds();
    expect(doc.arms.arms.map((a) => a.id)).to.deep.equal(['constructor', 'toString', 'valueOf', 'hasOwnProperty']);
    expect(doc.mechanism.scene!.actors[1].id).to.equal('toString');
    expect(doc.ledger!.map((e) => e.id)).to.include.members(['constructor', 'toString']);
    expect(validateExplainer(doc).problems.map(formatProblem)).to.deep.equal([]);
  });

  for (const tag of ['mechanism-stepper', 'study-arms-chart', 'evidence-badge']) {
    it(`<${tag}> shows it exactly as the document with ordinary ids`, async () => {
      const attrs: Record<string, string> = tag === 'mechanism-stepper' ? { 'show-all': '' } : {};
      const ordinary = seen(await rendered(tag, copyOfDefault('en'), attrs));
      const prototypeIds = seen(await rendered(tag, withPrototypeIds(), attrs));
      expect(prototypeIds.text).to.not.contain('native code');
      expect(prototypeIds.actors.join('\n')).to.not.contain('native code');
      expect(prototypeIds).to.deep.equal(ordinary);
    });
  }

  it('the chart highlights and picks an outcome by such ids', async () => {
    const el = await rendered('study-arms-chart', withPrototypeIds(), { highlight: 'toString', outcome: 'constructor', view: 'table' });
    const highlighted = [...el.shadowRoot!.querySelectorAll<HTMLElement>('td.highlight')];
    expect(highlighted.length).to.equal(1);
    expect(highlighted[0].dataset.arm!.split(' ')).to.include('toString');
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(1);
  });
});
