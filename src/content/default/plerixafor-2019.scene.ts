import type { Scene, StepScene } from '../types.js';

/**
 * The built-in study's picture, as document data: a tumour in its collagen ring, the
 * fibroblasts that build the ring (with their CXCR4 receptors), the CXCL12 signal, a blood
 * vessel with oxygen below, and T cells kept out or let in. Positions are in the stepper's
 * 400 × 260 drawing box; English and Spanish share them and differ only in words.
 */

/** The picture's labels in one language (the `picture` of plerixafor-2019.<lang>.text.ts). */
export type PictureWords = Record<'tumour' | 'collagen' | 'fibroblasts' | 'signal' | 'receptors' | 'drug' | 'vessel' | 'oxygen' | 'tcellsOut' | 'tcellsIn' | 'checkpoint', string>;

export function plerixaforScene(w: PictureWords): Scene {
  return {
    actors: [
      { id: 'collagen', kind: 'tissue', label: w.collagen, x: 200, y: 110, radius: 62 },
      { id: 'tumour', kind: 'cell', label: w.tumour, x: 206, y: 110, count: 7 },
      { id: 'fibroblasts', kind: 'cell', shape: 'spindle', label: w.fibroblasts, x: 240, y: 180, count: 2 },
      { id: 'receptors', kind: 'receptor', label: w.receptors, x: 246, y: 158, count: 2 },
      { id: 'plerixafor', kind: 'drug', label: w.drug, x: 246, y: 138, count: 2 },
      { id: 'signal', kind: 'signal', label: w.signal, x: 262, y: 46 },
      { id: 'vessel', kind: 'vessel', label: w.vessel, x: 206, y: 234, length: 180 },
      { id: 'oxygen', kind: 'signal', mark: 'O₂', label: w.oxygen, x: 150, y: 196 },
      { id: 'tcells-out', kind: 'cell', mark: 'T', label: w.tcellsOut, x: 148, y: 34, count: 3 },
      { id: 'tcells-in', kind: 'cell', mark: 'T', label: w.tcellsIn, x: 196, y: 112, count: 3 },
      { id: 'checkpoint', kind: 'drug', shape: 'bar', label: w.checkpoint, x: 150, y: 70, count: 2 },
    ],
  };
}



/**
 * Which actors each step shows, and how; the words (`alt`) come with each step's text and must
 * say what is drawn here (test/content/scene-alt.test.ts). Oxygen is drawn `more` once plerixafor
 * has acted: the source reports more oxygen in the tumors (C17), not a return to a baseline.
 */
const STEPS: Record<string, Omit<StepScene, 'alt'>> = {
  fibroblasts: { show: ['tumour', 'collagen', 'fibroblasts', 'vessel', 'oxygen'], focus: ['fibroblasts'], states: { collagen: 'less' } },
  signal: {
    show: ['tumour', 'collagen', 'fibroblasts', 'signal', 'vessel', 'oxygen'],
    focus: ['signal'],
    states: { collagen: 'more', fibroblasts: 'more' },
  },
  receptor: {
    show: ['tumour', 'collagen', 'fibroblasts', 'receptors', 'signal', 'vessel', 'oxygen'],
    focus: ['receptors'],
    states: { collagen: 'more', fibroblasts: 'more' },
  },
  squeeze: {
    show: ['tumour', 'collagen', 'fibroblasts', 'receptors', 'vessel', 'oxygen'],
    focus: ['vessel', 'oxygen'],
    states: { collagen: 'more', fibroblasts: 'more', vessel: 'less', oxygen: 'less' },
  },
  'kept-out': {
    show: ['tumour', 'collagen', 'fibroblasts', 'receptors', 'vessel', 'oxygen', 'tcells-out'],
    focus: ['tcells-out'],
    states: { collagen: 'more', fibroblasts: 'more', vessel: 'less', oxygen: 'less', 'tcells-out': 'blocked' },
  },
  plerixafor: {
    show: ['tumour', 'collagen', 'fibroblasts', 'receptors', 'plerixafor', 'vessel', 'oxygen', 'tcells-out'],
    focus: ['plerixafor'],
    states: { collagen: 'less', receptors: 'blocked', oxygen: 'more' },
  },
  'immune-in': {
    show: ['tumour', 'collagen', 'fibroblasts', 'receptors', 'plerixafor', 'vessel', 'oxygen', 'tcells-in'],
    focus: ['tcells-in'],
    states: { collagen: 'less', receptors: 'blocked', oxygen: 'more' },
  },
  checkpoint: {
    show: ['tumour', 'collagen', 'fibroblasts', 'receptors', 'plerixafor', 'vessel', 'oxygen', 'tcells-in', 'checkpoint'],
    focus: ['checkpoint'],
    states: { collagen: 'less', receptors: 'blocked', oxygen: 'more', 'tcells-in': 'more' },
  },
};



/** The scene of the step `id`, with its `alt` in the reader's language. */
export const stepScene = (id: string, alt: string): StepScene => ({ alt, ...STEPS[id] });
