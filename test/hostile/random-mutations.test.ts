import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { validateExplainer } from '../../src/content/validate.js';
import { captureWarnings, copyOfDefault } from '../support/helpers.js';
import { prng } from '../support/prng.js';

type Explainer = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

const WEIRD: unknown[] = [null, undefined, 0, -1, 1e308, NaN, '', ' ', 'x'.repeat(5000), true, [], {}, [[[]]], { patient: 1 }, '<b>x</b>', 'javascript:x', '2019-02-30'];

/** Picks a random node (object or array) in the document and breaks one thing in it. */
function mutate(doc: unknown, random: () => number, steps: number): unknown {
  const copy = structuredClone(doc);
  for (let s = 0; s < steps; s += 1) {
    let node = copy as Record<string, unknown> | unknown[];
    for (let depth = 0; depth < 8; depth += 1) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[Math.floor(random() * keys.length)];
      const child = (node as Record<string, unknown>)[key];
      if (child && typeof child === 'object' && random() < 0.7) node = child as Record<string, unknown>;
      else break;
    }
    const keys = Object.keys(node);
    const key = keys[Math.floor(random() * keys.length)] ?? 'extra';
    const roll = random();
    const target = node as Record<string, unknown>;
    if (roll < 0.3) delete target[key];
    else if (roll < 0.7) target[key] = WEIRD[Math.floor(random() * WEIRD.length)];
    else if (roll < 0.85 && Array.isArray(node)) node.push(structuredClone(node[0]));
    else target[key] = structuredClone(copy);
  }
  return copy;
}

describe('randomised content mutations (fixed seeds)', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: 60 mutated documents each render or show the error state; nothing throws`, async () => {
      const warnings = captureWarnings();
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      const random = prng(seed);
      const tags = ['mechanism-stepper', 'study-arms-chart', 'evidence-badge'];
      const elements = tags.map((tag) => document.body.appendChild(document.createElement(tag)) as Explainer);
      const outcomes = { ready: 0, error: 0 };
      try {
        for (let i = 0; i < 60; i += 1) {
          const doc = mutate(copyOfDefault(i % 2 ? 'es' : 'en'), random, 1 + Math.floor(random() * 3));
          const result = validateExplainer(doc);
          // A rejected document names what is wrong: every problem has a message, the first one a path
          // (only a document that is not an object at all has its problem at the root).
          for (const problem of result.problems) expect(problem.message, `seed ${seed} #${i}`).to.be.a('string').and.not.equal('');
          if (!result.valid && typeof doc === 'object' && doc !== null && !Array.isArray(doc)) {
            expect(result.problems[0].path, `seed ${seed} #${i}: ${result.problems[0].message}`).to.not.equal('');
          }
          for (const el of elements) {
            // Wait for this document's own outcome event, not a render of the previous one.
            const outcome = Promise.race([
              oneEvent(el, 'explainer-ready').then(() => ({ state: 'ready' as const, path: undefined })),
              oneEvent(el, 'explainer-error').then((event) => ({ state: 'error' as const, path: (event as CustomEvent<{ path: string }>).detail.path })),
            ]);
            el.data = doc;
            const { state, path } = await outcome;
            // The element agrees with the validator, and reports the validator's first problem.
            expect(state, `seed ${seed} #${i} <${el.localName}>`).to.equal(result.valid ? 'ready' : 'error');
            if (!result.valid) expect(path, `seed ${seed} #${i}`).to.equal(result.problems[0].path);
            outcomes[state] += 1;
          }
        }
      } finally {
        elements.forEach((el) => el.remove());
        window.removeEventListener('error', onError);
        warnings.restore();
      }
      expect(errors, `seed ${seed}`).to.deep.equal([]);
      expect(outcomes.ready + outcomes.error).to.equal(180);
      expect(outcomes.error, 'most mutations break the schema').to.be.greaterThan(0);
    });
  }
});
