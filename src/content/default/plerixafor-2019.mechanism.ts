import type { ClaimIds, Mechanism, Scene, StepScene, Text } from '../types.js';

/** Each step's facts, in reading order: its claims, and whether it shows what was seen in mice. */
const STEPS = {
  fibroblasts: { claims: ['C08'] },
  signal: { claims: ['C14'] },
  receptor: { claims: ['C15', 'C16'] },
  squeeze: { claims: ['C09'] },
  'kept-out': { claims: ['C01', 'C08', 'C10', 'C12'] },
  plerixafor: { claims: ['C02', 'C17'], inMice: true },
  'immune-in': { claims: ['C02', 'C21'], inMice: true },
  checkpoint: { claims: ['C04', 'C21', 'C22'], inMice: true },
};
type StepId = keyof typeof STEPS;

/** The mechanism section's words in one language (plerixafor-2019.<lang>.mechanism.ts). */
export interface MechanismText {
  title: Text;
  steps: Record<StepId, { title: Text; body: Text }>;
}

/**
 * The mechanism section (`<mechanism-stepper>`) in one language: its picture and each step's
 * part of it (plerixafor-2019.scene.ts), and its words.
 */
export function plerixaforMechanism(scene: Scene, stepScene: (id: StepId) => StepScene, text: MechanismText): Mechanism {
  return {
    scene,
    title: text.title,
    steps: Object.entries<{ claims: ClaimIds; inMice?: boolean }>(STEPS).map(([id, facts]) => ({
      id,
      ...text.steps[id as StepId],
      ...facts,
      scene: stepScene(id as StepId),
    })),
  };
}
