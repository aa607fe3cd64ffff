/**
 * What the built-in study's picture looks like, in words, per language: the phrases a step's
 * `scene.alt` must use for what that step draws (test/content/scene-alt.test.ts). The phrases
 * follow src/components/mechanism-stepper/scene.ts: a `more` cell or fibre is drawn with a
 * bolder outline (not more of them), a `less` ring has two fibres and a `more` ring four, a
 * `less` vessel is narrow, oxygen draws 2 / 5 / 7 molecules for less / normal / more, `blocked`
 * T cells have bars beside them and `blocked` receptors a cap. `where` phrases follow the
 * actors' positions in plerixafor-2019.scene.ts: nothing touches the ring or the vessel.
 */
import type { ActorState } from '../../src/content/types.js';

export interface ActorWords {
  /** The word that names the actor: an alt must not use it at a step that does not draw the actor. */
  noun: string;
  /** Where the actor is drawn; required whenever it is shown. */
  where?: string;
  /** The phrase for each state the steps use; `{n}` is the actor's `count` in words. */
  states: Partial<Record<ActorState, string>>;
}

export interface AltWords {
  /** Count words: the picture draws 2 fibroblasts, 2 receptors, 3 T cells. */
  counts: Record<number, string>;
  actors: Record<string, ActorWords>;
  /** Contact or change a still picture of separate actors cannot show. */
  never: string[];
}

export const ALT_WORDS: Record<'en' | 'es', AltWords> = {
  en: {
    counts: { 2: 'two', 3: 'three' },
    actors: {
      tumour: { noun: 'tumor cells', states: { normal: 'tumor cells' } },
      collagen: { noun: 'collagen', states: { less: 'thin ring of collagen', normal: 'ring of collagen', more: 'thick ring of collagen' } },
      fibroblasts: { noun: 'fibroblast', where: 'below the ring', states: { normal: '{n} fibroblasts', more: '{n} fibroblasts drawn in bold' } },
      receptors: { noun: 'CXCR4', where: 'above the fibroblasts', states: { normal: '{n} CXCR4 receptors', blocked: '{n} blocked CXCR4 receptors' } },
      plerixafor: { noun: 'plerixafor', states: { normal: 'plerixafor' } },
      signal: { noun: 'CXCL12', where: 'at the top right', states: { normal: 'CXCL12 signal' } },
      vessel: { noun: 'vessel', states: { normal: 'open blood vessel', less: 'narrow blood vessel', more: 'wide blood vessel' } },
      oxygen: { noun: 'oxygen', states: { less: 'little oxygen', normal: 'oxygen', more: 'more oxygen' } },
      'tcells-out': { noun: 'T cells', where: 'outside the ring', states: { normal: '{n} T cells', blocked: '{n} T cells held back by bars' } },
      'tcells-in': { noun: 'T cells', where: 'among the tumor cells', states: { normal: '{n} T cells', more: '{n} T cells drawn in bold' } },
      checkpoint: { noun: 'checkpoint', where: 'at the top left of the ring', states: { normal: 'checkpoint inhibitors' } },
    },
    never: ['presses', 'touches', 'next to', 'in the ring', 'is back', 'more fibroblasts'],
  },
  es: {
    counts: { 2: 'dos', 3: 'tres' },
    actors: {
      tumour: { noun: 'células tumorales', states: { normal: 'células tumorales' } },
      collagen: { noun: 'colágeno', states: { less: 'anillo fino de colágeno', normal: 'anillo de colágeno', more: 'anillo grueso de colágeno' } },
      fibroblasts: { noun: 'fibroblasto', where: 'debajo del anillo', states: { normal: '{n} fibroblastos', more: '{n} fibroblastos en trazo grueso' } },
      receptors: { noun: 'CXCR4', where: 'encima de los fibroblastos', states: { normal: '{n} receptores CXCR4', blocked: '{n} receptores CXCR4 bloqueados' } },
      plerixafor: { noun: 'plerixafor', states: { normal: 'plerixafor' } },
      signal: { noun: 'CXCL12', where: 'arriba a la derecha', states: { normal: 'señal CXCL12' } },
      vessel: { noun: 'vaso', states: { normal: 'vaso sanguíneo abierto', less: 'vaso sanguíneo estrecho', more: 'vaso sanguíneo ancho' } },
      oxygen: { noun: 'oxígeno', states: { less: 'poco oxígeno', normal: 'oxígeno', more: 'más oxígeno' } },
      'tcells-out': { noun: 'células T', where: 'fuera del anillo', states: { normal: '{n} células T', blocked: '{n} células T frenadas por barras' } },
      'tcells-in': { noun: 'células T', where: 'entre las células tumorales', states: { normal: '{n} células T', more: '{n} células T en trazo grueso' } },
      checkpoint: { noun: 'puntos de control', where: 'arriba a la izquierda del anillo', states: { normal: 'inhibidores de puntos de control' } },
    },
    never: ['aprieta', 'comprime', 'toca', 'junto a', 'en el anillo', 'vuelve', 'más fibroblastos', 'hay más'],
  },
};
