/*
 * The sizes the stepper's picture draws each actor at, in picture units (the 400 × 260 box of
 * types.ts). One module for the drawing (src/components/mechanism-stepper/scene.ts) and for the
 * validator (validate/actor-box.ts), which measures the same shapes to report actors that hide
 * each other and marks too wide for their circle. No Lit: the validator must not pull the renderer in.
 */

export const round = (n: number) => Math.round(n * 10) / 10;

/** Offsets of up to 7 things in a small cluster (a hexagon around the first). */
const CLUSTER: Array<[number, number]> = [[0, 0], [1, 0], [-1, 0], [0.5, 0.87], [-0.5, 0.87], [0.5, -0.87], [-0.5, -0.87]];
const clamp = (count = 1) => Math.min(7, Math.max(1, count));
export const cluster = (count = 1, dx = 26, dy = dx) => CLUSTER.slice(0, clamp(count)).map(([x, y]) => [round(x * dx), round(y * dy)] as const);
/** A row of `count` things, centred. */
export const row = (count = 1, step = 16) => Array.from({ length: clamp(count) }, (_, i) => round((i - (clamp(count) - 1) / 2) * step));

/** Round cells: radius and spacing; spindle cells: half length, half width, spacing across and down. */
export const CELL = { r: 12, gap: 26, spindle: { half: 20, width: 7, dx: 46, dy: 22 } };
/** Signal molecules: a dot (no mark) or a circle with a mark; how many at each state. */
export const SIGNAL = { dot: 3.5, dotGap: 14, r: 8, gap: 20, count: { less: 2, normal: 5, more: 7, blocked: 5 } };
/** The fibre rings of tissue, as offsets from its radius, by state (each ring waves 2.4 either way). */
export const TISSUE_RINGS = { less: [-3, 3], normal: [-6, 0, 6], more: [-9, -3, 3, 9], blocked: [-6, 0, 6] };
/** Half heights of a vessel (its length is the actor's), by state. */
export const VESSEL_HALF = { less: 7, normal: 16, more: 22, blocked: 16 };
/** The font size of picture labels (.label in the stepper's styles). */
export const LABEL_FONT = 14;
/** A mark is drawn in a circle: font size, and the widest text that still fits inside it. */
export const MARK = { cell: { font: 13, fits: 20 }, signal: { font: 8, fits: 13 } };

/** About how wide `text` is drawn, at `font` picture units (no layout needed, so it also works in print and in the validator). */
export function widthOf(text: string, font: number): number {
  let em = 0;
  for (const ch of text) em += /[mwMW]/.test(ch) ? 0.9 : /[A-Z0-9]/.test(ch) ? 0.72 : /[\sil.,;:'()[\]|!]/.test(ch) ? 0.32 : 0.6;
  return em * font;
}
