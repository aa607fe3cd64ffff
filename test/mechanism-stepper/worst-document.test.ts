import { expect } from '@open-wc/testing';
import { LIMITS } from '../../src/content/limits.js';
import { validateExplainer } from '../../src/content/validate.js';
import { worstDocument } from '../../bench/worst-document.js';
import { copyOfDefault } from '../support/helpers.js';
import { stepper } from './support.js';

/**
 * Issue #25, defect 3: the work a valid document can ask of the stepper is bounded by the
 * limits (src/content/limits.ts), not just its bytes. The document at every limit that multiplies
 * the picture's work is drawn, and its DOM counted (time belongs to `npm run bench`).
 */

/** Every node (elements and text) under the stepper's shadow root. */
function nodes(root: Node): number {
  const walker = document.createTreeWalker(root);
  let n = 0;
  while (walker.nextNode()) n += 1;
  return n;
}

/**
 * Most nodes one step may draw: the page around the picture, and for each actor its drawing
 * (a cluster of at most 7 shapes, each with a mark, bars when held back) and its label, at most
 * one line per word (half the label's characters) of a line and a text node each.
 */
const PAGE = 400;
const DRAWING = 7 * 3 + 12;
const LABEL = 4 + Math.ceil(LIMITS.actorLabelChars / 2) * 2;
const STEP_BOUND = PAGE + LIMITS.actors * (DRAWING + LABEL);

describe('the worst valid document stays small to draw (issue #25)', () => {
  const doc = worstDocument(copyOfDefault('en'), LIMITS);

  it('is valid, at every limit that multiplies the picture', () => {
    expect(validateExplainer(doc).problems).to.deep.equal([]);
    expect(doc.mechanism.scene!.actors).to.have.length(LIMITS.actors);
    expect(doc.mechanism.steps).to.have.length(LIMITS.steps);
  });

  it(`draws one step in fewer than ${STEP_BOUND} nodes, and every step (show-all) in fewer than ${LIMITS.steps} times that`, async () => {
    const el = await stepper(doc);
    const one = nodes(el.shadowRoot!);
    el.showAll = true;
    await el.updateComplete;
    const all = nodes(el.shadowRoot!);
    console.log(`worst document: ${one} nodes for one step, ${all} with show-all (bounds ${STEP_BOUND}, ${LIMITS.steps * STEP_BOUND})`);
    expect(one, 'one step').to.be.below(STEP_BOUND);
    expect(all, 'show-all').to.be.below(LIMITS.steps * STEP_BOUND);
    expect(all, 'show-all draws every step').to.be.above(one);
  });

  it('a document one past a limit that multiplies the picture is refused', () => {
    const more = worstDocument(copyOfDefault('en'), { ...LIMITS, actors: LIMITS.actors + 1 });
    expect(validateExplainer(more).valid).to.equal(false);
    const longer = worstDocument(copyOfDefault('en'), { ...LIMITS, actorLabelChars: LIMITS.actorLabelChars + 1 });
    expect(validateExplainer(longer).valid).to.equal(false);
    const steps = worstDocument(copyOfDefault('en'), { ...LIMITS, steps: LIMITS.steps + 1 });
    expect(validateExplainer(steps).valid).to.equal(false);
  });
});
