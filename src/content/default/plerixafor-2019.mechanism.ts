import type { ClaimIds, Mechanism, Text } from '../types.js';
import { plerixaforScene, stepScene, type PictureWords } from './plerixafor-2019.scene.js';

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

/** The mechanism section's words in one language: the picture's labels, and each step's title, body and picture description. */
export interface MechanismText {
  title: Text;
  picture: PictureWords;
  steps: Record<StepId, { title: Text; body: Text; alt: string }>;
}

/**
 * The mechanism section (`<mechanism-stepper>`) in one language: its picture and each step's
 * part of it (plerixafor-2019.scene.ts), and its words.
 */
export function plerixaforMechanism(text: MechanismText): Mechanism {
  return {
    scene: plerixaforScene(text.picture),
    title: text.title,
    steps: Object.entries<{ claims: ClaimIds; inMice?: boolean }>(STEPS).map(([id, facts]) => {
      const { alt, ...words } = text.steps[id as StepId];
      return { id, ...words, ...facts, scene: stepScene(id, alt) };
    }),
  };
}
