import type { ActorKind, Mechanism, MechanismStep } from '../types.js';
import { STEPS } from '../limits.js';
import { fields, isObject, type Checker } from './checker.js';
import { id, optional, withIds } from './checks.js';
import { checkScene, checkStepScene } from './scene.js';

/**
 * Checks `mechanism`: the steps, and the picture each step draws from the scene's actors.
 * `subjectsShort`: whether the document has `evidence.subjectsShort`, the label's fallback.
 */
export function checkMechanism(c: Checker, value: unknown, path: string, subjectsShort: boolean) {
  // `scene` is checked before `steps` (the table's order), so the steps see its actors.
  let actors: Map<string, ActorKind> | undefined;
  const mechanism = fields<Mechanism>(c, value, path, {
    title: 'text',
    intro: '?statement',
    scene: optional((c, value, path) => (actors = checkScene(c, value, path))),
    subjectsLabel: '?text',
    steps: withIds((c, step, path) =>
      fields<MechanismStep>(c, step, path, {
        id,
        title: 'text',
        body: 'text',
        claims: 'claims',
        inMice: 'boolean',
        scene: (c, value, path) => checkStepScene(c, value, path, actors),
      }),
      undefined,
      STEPS,
    ),
  });
  // A flagged step is marked with the study's own animals: never a word the document did not choose.
  const steps = mechanism && Array.isArray(mechanism.steps) ? mechanism.steps : [];
  const flagged = steps.findIndex((step) => isObject(step) && step.inMice === true);
  if (flagged >= 0 && mechanism?.subjectsLabel === undefined && !subjectsShort) {
    c.problem(
      `${path}.subjectsLabel`,
      `missing: ${path}.steps[${flagged}] is flagged inMice, and the stepper marks such steps with this label, naming the study's animals in the document's language (e.g. "In rats"); set it, or set evidence.subjectsShort`,
    );
  }
}
