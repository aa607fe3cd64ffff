import { svg, type SVGTemplateResult } from 'lit';
import { inlineStyle } from '../../base/inline-style.js';
import type { SceneState, ScenePart } from '../../content/types.js';

/** The words drawn in the picture, already in the reader's language. */
export interface SceneLabels {
  tumour: string;
  fibroblasts: string;
  collagen: string;
  collagenDense: string;
  vessel: string;
  vesselSqueezed: string;
  oxygen: string;
  oxygenLow: string;
  immune: string;
  signal: string;
  receptors: string;
  drug: string;
  checkpoint: string;
}

/*
 * One scene, drawn from state: every part is always in the DOM and a step only switches
 * classes, so CSS can move and fade parts between steps (and not at all with reduced motion).
 * Coordinates are in a 400 × 320 box; the tumour sits right of centre, T cells start at the
 * left, a zoom box shows one fibroblast's CXCR4 receptors, the blood vessel runs along the
 * bottom.
 */
const CX = 262;
const CY = 124;
const round = (n: number) => Math.round(n * 10) / 10;
const polar = (r: number, deg: number): [number, number] => [round(CX + r * Math.cos((deg * Math.PI) / 180)), round(CY + r * Math.sin((deg * Math.PI) / 180))];

/** A wavy ring of fibre around the tumour (computed once). */
function fibre(r: number, phase: number): string {
  let d = '';
  for (let i = 0; i <= 72; i += 1) {
    const a = (i * 5 * Math.PI) / 180;
    const rr = r + 2.6 * Math.sin(i * 1.5 + phase);
    d += `${i ? 'L' : 'M'}${round(CX + rr * Math.cos(a))},${round(CY + rr * 0.94 * Math.sin(a))}`;
  }
  return `${d}Z`;
}

const FIBRES = [52, 59, 66, 73, 80].map((r, i) => ({ d: fibre(r, i * 1.3), thin: i === 1 || i === 3 }));
const TUMOUR_CELLS: Array<[number, number]> = [
  [0, 0], [30, 0], [-30, 0], [15, 26], [-15, 26], [15, -26], [-15, -26],
].map(([x, y]) => [CX + x, CY + y]);
/** Fibroblasts sit in the fibre ring; the last two appear only when they are active. */
const FIBROBLASTS = [-150, -30, 30, 150, -90, 90].map((deg) => ({ at: polar(66, deg), rot: deg + 90 }));
/** T cells: where they wait outside, and where they end up inside the tumour. */
const T_CELLS: Array<{ out: [number, number]; in: [number, number] }> = [
  { out: [40, 56], in: [CX - 40, CY - 14] },
  { out: [96, 50], in: [CX - 26, CY + 26] },
  { out: [70, 78], in: [CX + 2, CY + 2] },
];
const SIGNAL_DOTS = [-120, -60, 0, 60, 120, 180, -170, 20].map((deg, i) => polar(i % 2 ? 43 : 90, deg));
const OXYGEN = [
  [206, 256, true], [250, 250, false], [292, 258, false], [230, 214, false], [276, 206, false],
] as Array<[number, number, boolean]>;
const RBC = [30, 80, 130, 180, 230, 280, 330, 380];

const SPINDLE = 'M-24,0C-12,-10 12,-10 24,0C12,10 -12,10 -24,0Z';
const BIG_SPINDLE = 'M-58,0C-30,-26 30,-26 58,0C30,26 -30,26 -58,0Z';
const Y = 'M0,0V-9M0,-9L-6,-16M0,-9L6,-16';
const DIAMOND = 'M0,-6L6,0L0,6L-6,0Z';

const on = (shown: boolean) => (shown ? 'on' : 'off');

const TICKS = [0, 60, 120, 180, 240, 300]
  .map((deg) => {
    const a = (deg * Math.PI) / 180;
    return `M${round(15 * Math.cos(a))},${round(15 * Math.sin(a))}L${round(19 * Math.cos(a))},${round(19 * Math.sin(a))}`;
  })
  .join('');

function tCell([x, y]: [number, number]) {
  // Through the CSSOM: a style attribute would break strict CSPs (style-src-attr).
  return svg`<g class="mover" ${inlineStyle({ transform: `translate(${x}px, ${y}px)` })}>
    <path class="t-tick" d=${TICKS}></path>
    <circle class="t-cell" r="14"></circle>
    <text class="t-letter" y="5">T</text>
    <path class="blocker" d="M-20,-6h-6v12h6zM20,-6h6v12h-6z"></path>
  </g>`;
}

/** Key labels longer than 18 characters break once, at the space nearest the middle. */
function split(text: string): [string, string?] {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index ?? 0);
  if (text.length <= 18 || spaces.length === 0) return [text];
  const mid = text.length / 2;
  const cut = spaces.reduce((best, i) => (Math.abs(i - mid) < Math.abs(best - mid) ? i : best));
  return [text.slice(0, cut), text.slice(cut + 1)];
}

/**
 * The SVG scene for one step. `name` is the accessible name of the picture; `motion` adds the
 * class that lets CSS animate changes (only the live picture, never the printed list).
 */
export function renderScene(scene: SceneState, labels: SceneLabels, name: string, motion: boolean): SVGTemplateResult {
  const focus = (part: ScenePart) => (scene.focus === part ? 'focus' : '');
  const dense = scene.collagen === 'dense';
  const squeezed = scene.vessel === 'squeezed';
  const lowOxygen = scene.oxygen === 'low';
  const active = scene.fibroblasts === 'active';
  const inside = scene.immune === 'inside';
  const zoom = Boolean(scene.signal || scene.receptors || scene.drug);
  const receptors = Boolean(scene.receptors || scene.drug);
  /** The key lists the small things the picture draws, with their shapes. */
  const keyRows = (
    [
      [Boolean(scene.fibroblasts), (y: number) => svg`<path class="spindle" d=${SPINDLE} transform="translate(22 ${y}) scale(.6)"></path>`, labels.fibroblasts, 'fibroblasts'],
      [Boolean(scene.signal), (y: number) => svg`<circle class="signal-dot" cx="22" cy=${y} r="5"></circle>`, labels.signal, 'signal'],
      [receptors, (y: number) => svg`<path class="receptor big" d=${Y} transform="translate(22 ${y + 8})"></path>`, labels.receptors, 'receptors'],
      [Boolean(scene.drug), (y: number) => svg`<path class="drug-mark" d=${DIAMOND} transform="translate(22 ${y})"></path>`, labels.drug, 'drug'],
      [Boolean(scene.checkpoint), (y: number) => svg`<path class="blocker" d="M19,${y - 6}h6v12h-6z"></path>`, labels.checkpoint, 'checkpoint'],
    ] as Array<[boolean, (y: number) => SVGTemplateResult, string, ScenePart]>
  ).filter(([shown]) => shown).map(([, glyph, text, part]) => [glyph, text, part] as const);
  const keyTop: number[] = [];
  const keyEnd = keyRows.reduce((y, [, text]) => (keyTop.push(y), y + (split(text)[1] ? 40 : 24)), 120);
  // The box holds the close-up only when there is room and something to show; else it hugs its rows.
  const showZoom = zoom && keyEnd <= 196;
  const keyHeight = showZoom ? 162 : keyEnd - 102;
  return svg`<svg class="scene ${motion ? 'motion' : ''}" viewBox="0 0 400 330" role="img" aria-label=${name} focusable="false">
    <g class="part collagen ${scene.collagen ? on(true) : 'off'} ${dense ? 'dense' : 'thin'}">
      ${FIBRES.map((f) => svg`<path class="fibre ${f.thin ? 'keep' : ''}" d=${f.d}></path>`)}
    </g>
    <g class="part tumour on">
      ${TUMOUR_CELLS.map(([x, y]) => svg`<circle class="tumour-cell" cx=${x} cy=${y} r="14"></circle><circle class="nucleus" cx=${x - 3} cy=${y - 2} r="4.5"></circle>`)}
    </g>
    <g class="part fibroblasts ${on(Boolean(scene.fibroblasts))}">
      ${FIBROBLASTS.map(
        (f, i) => svg`<g class="fibroblast ${i > 3 ? 'extra' : ''} ${active ? 'active' : ''}" transform="translate(${f.at[0]} ${f.at[1]}) rotate(${f.rot})">
          <g class="grow"><path class="spindle" d=${SPINDLE}></path><ellipse class="nucleus" rx="6" ry="3.5"></ellipse>
          <g class="part receptors ${on(receptors)}"><path class="receptor" d=${Y} transform="translate(0 -7)"></path>
          <path class="drug-mark ${on(Boolean(scene.drug))}" d=${DIAMOND} transform="translate(0 -22) scale(.7)"></path></g></g>
        </g>`,
      )}
    </g>
    <g class="part signal ${on(Boolean(scene.signal))}">
      ${SIGNAL_DOTS.map(([x, y]) => svg`<circle class="signal-dot" cx=${x} cy=${y} r="3"></circle>`)}
    </g>
    <g class="part vessel ${squeezed ? 'squeezed' : 'open'} ${on(Boolean(scene.vessel))}">
      <rect class="lumen" x="0" y="288" width="400" height="34"></rect>
      ${RBC.map((x) => svg`<ellipse class="rbc" cx=${x} cy="305" rx="10" ry="6"></ellipse>`)}
      <path class="wall top" d="M0,288H400"></path>
      <path class="wall bottom" d="M0,322H400"></path>
      <text class="label ${focus('vessel')}" x="8" y="281">${squeezed ? labels.vesselSqueezed : labels.vessel}</text>
    </g>
    <g class="part oxygen ${on(Boolean(scene.oxygen))} ${lowOxygen ? 'low' : 'normal'}">
      ${OXYGEN.map(([x, y, keep]) => svg`<g class="o2 ${keep ? 'keep' : ''}"><circle cx=${x} cy=${y} r="8"></circle><text x=${x} y=${y + 3.5}>O₂</text></g>`)}
      <text class="label ${focus('oxygen')}" x="394" y="238" text-anchor="end">${lowOxygen ? labels.oxygenLow : labels.oxygen}</text>
    </g>
    <g class="part immune ${on(Boolean(scene.immune))} ${inside ? 'inside' : 'outside'} ${scene.checkpoint ? 'treated' : ''}">
      ${T_CELLS.map((c) => tCell(inside ? c.in : c.out))}
      <text class="label ${focus('immune')}" x="14" y="22">${labels.immune}</text>
      <path class="leader inside-only" d="M70,28L${T_CELLS[0].in[0] - 14},${T_CELLS[0].in[1] - 12}"></path>
    </g>
    <g class="part key ${on(keyRows.length > 0)}">
      <path class="leader" d="M174,${102 + keyHeight / 2}L${FIBROBLASTS[3].at[0] - 14},${FIBROBLASTS[3].at[1] + 6}"></path>
      <rect class="key-box" x="4" y="102" width="170" height=${keyHeight} rx="8"></rect>
      ${keyRows.map(([glyph, text, part], i) => {
        const y = keyTop[i];
        const [first, second] = split(text);
        return svg`<g class="key-row">${glyph(y)}<text class="label small ${focus(part)}" x="36" y=${y + 4}>${first}${
          second ? svg`<tspan x="36" dy="1.1em">${second}</tspan>` : ''
        }</text></g>`;
      })}
      <g class="zoom-cell ${on(showZoom)}" transform="translate(89 242) scale(.8)">
        <path class="spindle" d=${BIG_SPINDLE}></path><ellipse class="nucleus" rx="13" ry="7"></ellipse>
        ${[-26, 0, 26].map(
          (x) => svg`<g transform="translate(${x} ${x ? -16 : -19})">
            <path class="receptor big ${on(receptors)}" d=${Y}></path>
            <path class="drug-mark ${on(Boolean(scene.drug))}" d=${DIAMOND} transform="translate(0 -18)"></path>
          </g>`,
        )}
        <circle class="signal-dot bound ${on(Boolean(scene.signal) && !scene.drug)}" cx="0" cy="-38" r="5"></circle>
      </g>
    </g>
    <text class="label ${focus('tumour')}" x="394" y="22" text-anchor="end">${labels.tumour}</text>
    <path class="leader" d="M300,28L${CX + 10},${CY - 34}"></path>
    <g class="${on(Boolean(scene.collagen))}">
      <text class="label ${focus('collagen')}" x="394" y="46" text-anchor="end">${dense ? labels.collagenDense : labels.collagen}</text>
      <path class="leader" d="M366,52L334,82"></path>
    </g>
  </svg>`;
}
