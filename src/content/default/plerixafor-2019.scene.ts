import type { Scene, StepScene } from '../types.js';

/**
 * The built-in study's picture, as document data: a tumour in its collagen ring, the
 * fibroblasts that build the ring (with their CXCR4 receptors), the CXCL12 signal, a blood
 * vessel with oxygen below, and T cells kept out or let in. Positions are in the stepper's
 * 400 × 260 drawing box; English and Spanish share them and differ only in words.
 */

type Words = Record<'tumour' | 'collagen' | 'fibroblasts' | 'signal' | 'receptors' | 'drug' | 'vessel' | 'oxygen' | 'tcellsOut' | 'tcellsIn' | 'checkpoint', string>;

function actors(w: Words): Scene {
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

export const plerixaforSceneEn = actors({
  tumour: 'Tumor cells',
  collagen: 'Collagen fibers',
  fibroblasts: 'Fibroblasts',
  signal: 'CXCL12 signal',
  receptors: 'CXCR4 receptors',
  drug: 'Plerixafor',
  vessel: 'Blood vessel',
  oxygen: 'Oxygen',
  tcellsOut: 'Immune (T) cells',
  tcellsIn: 'Immune (T) cells',
  checkpoint: 'Checkpoint inhibitors',
});

export const plerixaforSceneEs = actors({
  tumour: 'Células tumorales',
  collagen: 'Fibras de colágeno',
  fibroblasts: 'Fibroblastos',
  signal: 'Señal CXCL12',
  receptors: 'Receptores CXCR4',
  drug: 'Plerixafor',
  vessel: 'Vaso sanguíneo',
  oxygen: 'Oxígeno',
  tcellsOut: 'Células inmunitarias (T)',
  tcellsIn: 'Células inmunitarias (T)',
  checkpoint: 'Inhibidores de puntos de control',
});

/** Which actors each step shows, and how; the words (`alt`) come per language. */
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
    states: { collagen: 'less', receptors: 'blocked' },
  },
  'immune-in': {
    show: ['tumour', 'collagen', 'fibroblasts', 'receptors', 'plerixafor', 'vessel', 'oxygen', 'tcells-in'],
    focus: ['tcells-in'],
    states: { collagen: 'less', receptors: 'blocked' },
  },
  checkpoint: {
    show: ['tumour', 'collagen', 'fibroblasts', 'receptors', 'plerixafor', 'vessel', 'oxygen', 'tcells-in', 'checkpoint'],
    focus: ['checkpoint'],
    states: { collagen: 'less', receptors: 'blocked', 'tcells-in': 'more' },
  },
};

const ALT_EN: Record<string, string> = {
  fibroblasts: 'Tumor cells in a thin ring of collagen fibers, with fibroblasts in the ring. An open blood vessel with oxygen lies below.',
  signal: 'Dots of the CXCL12 signal near the tumor. There are more fibroblasts, and the collagen ring is thick.',
  receptor: 'The fibroblasts now show CXCR4 receptors next to the CXCL12 signal. The collagen ring is thick.',
  squeeze: 'The thick collagen ring presses on the blood vessel below. The vessel is narrow and there is little oxygen.',
  'kept-out': 'Immune T cells wait outside the thick collagen ring, held back by bars. The vessel is still narrow.',
  plerixafor: 'In mice: plerixafor sits on the CXCR4 receptors. The collagen ring is thin, the vessel is open and oxygen is back.',
  'immune-in': 'In mice: with the collagen ring thin, immune T cells are now among the tumor cells.',
  checkpoint: 'In mice: checkpoint inhibitor marks sit next to the immune T cells among the tumor cells. Plerixafor still blocks the receptors.',
};

const ALT_ES: Record<string, string> = {
  fibroblasts: 'Células tumorales dentro de un anillo fino de fibras de colágeno, con fibroblastos en el anillo. Abajo hay un vaso sanguíneo abierto con oxígeno.',
  signal: 'Puntos de la señal CXCL12 cerca del tumor. Hay más fibroblastos y el anillo de colágeno es grueso.',
  receptor: 'Los fibroblastos muestran ahora receptores CXCR4 junto a la señal CXCL12. El anillo de colágeno es grueso.',
  squeeze: 'El anillo grueso de colágeno aprieta el vaso sanguíneo de abajo. El vaso es estrecho y hay poco oxígeno.',
  'kept-out': 'Las células T del sistema inmunitario esperan fuera del anillo grueso de colágeno, frenadas por barras. El vaso sigue estrecho.',
  plerixafor: 'En ratones: el plerixafor se une a los receptores CXCR4. El anillo de colágeno es fino, el vaso está abierto y vuelve el oxígeno.',
  'immune-in': 'En ratones: con el anillo de colágeno fino, las células T del sistema inmunitario están ahora entre las células tumorales.',
  checkpoint: 'En ratones: marcas de inhibidores de puntos de control junto a las células T, entre las células tumorales. El plerixafor sigue bloqueando los receptores.',
};

/** The scene of the step `id`, with its `alt` in the language of `alts`. */
const stepScene = (alts: Record<string, string>) => (id: string): StepScene => ({ alt: alts[id], ...STEPS[id] });

export const plerixaforStepSceneEn = stepScene(ALT_EN);
export const plerixaforStepSceneEs = stepScene(ALT_ES);
