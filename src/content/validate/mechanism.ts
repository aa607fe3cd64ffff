import type { ActorKind, Mechanism, MechanismStep } from '../types.js';
import { fields, type Checker } from './checker.js';
import { id, optional, withIds } from './checks.js';
import { checkScene, checkStepScene } from './scene.js';

/** Checks `mechanism`: the steps, and the picture each step draws from the scene's actors. */
export function checkMechanism(c: Checker, value: unknown, path: string) {
  // `scene` is checked before `steps` (the table's order), so the steps see its actors.
  let actors: Map<string, ActorKind> | undefined;
  fields<Mechanism>(c, value, path, {
    title: 'text',
    intro: '?statement',
    scene: optional((c, value, path) => (actors = checkScene(c, value, path))),
    steps: withIds((c, step, path) =>
      fields<MechanismStep>(c, step, path, {
        id,
        title: 'text',
        body: 'text',
        claims: 'claims',
        inMice: 'boolean',
        scene: (c, value, path) => checkStepScene(c, value, path, actors),
      }),
    ),
  });
}
