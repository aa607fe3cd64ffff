import type { ActorState, SceneActor } from '../types.js';
import { CELL, LABEL_FONT, SIGNAL, TISSUE_RINGS, VESSEL_HALF, cluster, row, widthOf } from '../scene-geometry.js';

/*
 * The box each actor is drawn in, from the drawing's own sizes (../scene-geometry.ts): the
 * validator's, so the stepper's bundle does not carry it.
 */

/** Where an actor's drawing reaches, relative to its centre: [left, top, right, bottom]. */
export type Box = [number, number, number, number];

/** The box of what a cluster's spots draw, each spot `rx` × `ry` around its offset. */
const spread = (spots: ReadonlyArray<readonly [number, number]>, rx: number, ry: number): Box => [
  Math.min(...spots.map(([x]) => x)) - rx,
  Math.min(...spots.map(([, y]) => y)) - ry,
  Math.max(...spots.map(([x]) => x)) + rx,
  Math.max(...spots.map(([, y]) => y)) + ry,
];

/**
 * The box an actor is drawn in at `state`, relative to its centre, from the sizes the drawing
 * uses (tissue: its outer ring; a `label` actor: `label`, its words).
 */
export function actorBox(actor: SceneActor, state: ActorState, label = ''): Box {
  switch (actor.kind) {
    case 'cell': {
      if (actor.shape === 'spindle') {
        const { half, width, dx, dy } = CELL.spindle;
        return spread(cluster(actor.count, dx, dy), half, width);
      }
      const box = spread(cluster(actor.count, CELL.gap), CELL.r, CELL.r);
      // Bars on both sides when held back (see shapeOf's blocker path).
      const n = Math.min(7, Math.max(1, actor.count ?? 1));
      return state === 'blocked' ? [Math.min(box[0], -n * 5 - 30), Math.min(box[1], -16), Math.max(box[2], n * 5 + 30), Math.max(box[3], 16)] : box;
    }
    case 'tissue': {
      const r = (actor.radius ?? 60) + Math.max(...TISSUE_RINGS[state]) + 2.4;
      return [-r, -r * 0.94, r, r * 0.94];
    }
    case 'vessel': {
      const half = (actor.length ?? 160) / 2;
      return [-half, -VESSEL_HALF[state], half, VESSEL_HALF[state]];
    }
    case 'organ':
      return actor.shape === 'round' ? [-30, -24, 30, 24] : [-30, -28, 30, 22];
    case 'signal': {
      const n = SIGNAL.count[state];
      return actor.mark ? spread(cluster(n, SIGNAL.gap), SIGNAL.r, SIGNAL.r) : spread(cluster(n, SIGNAL.dotGap), SIGNAL.dot, SIGNAL.dot);
    }
    case 'receptor': {
      const xs = row(actor.count);
      return [xs[0] - 7, -10, xs[xs.length - 1] + 7, 7];
    }
    case 'drug': {
      const xs = row(actor.count);
      return actor.shape === 'bar' ? [xs[0] - 3, -8, xs[xs.length - 1] + 3, 8] : [xs[0] - 6, -6, xs[xs.length - 1] + 6, 6];
    }
    case 'meter':
      return [-9, -26, 24, 26];
    default: {
      // Words at the point, centred on it, on the baseline.
      const half = widthOf(label, LABEL_FONT) / 2;
      return [-half, -LABEL_FONT, half, 4];
    }
  }
}
