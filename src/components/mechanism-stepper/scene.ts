import { nothing, svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { SCENE_HEIGHT, SCENE_WIDTH, type ActorState, type SceneActor, type StepScene } from '../../content/types.js';
import { CELL, LABEL_FONT, SIGNAL, TISSUE_RINGS, VESSEL_HALF, cluster, round, row, widthOf } from '../../content/scene-geometry.js';

/*
 * The picture of one step, drawn only from the document's actors: nothing here knows any
 * study. Actors sit in the middle of a 400 × 260 box; their labels are laid out in the two
 * margins (actors left of the centre on the left), stacked so they never overlap, each with a
 * leader line to its actor. Every kind has its own shape, so colour is never the only cue.
 */

/** Label font size and line height, in picture units (see .label in the styles). */
const FONT = LABEL_FONT;
const LINE = 16;
/** Widest label line, in picture units: a margin is 96 wide. */
const MAX_LINE = 90;
const LEFT_EDGE = 96;
const RIGHT_EDGE = SCENE_WIDTH - LEFT_EDGE;
const GAP = 6;

const SPINDLE = 'M-20,0C-10,-9 10,-9 20,0C10,9 -10,9 -20,0Z';
const Y = 'M0,0V-8M0,-8L-6,-15M0,-8L6,-15';
const DIAMOND = 'M0,-6L6,0L0,6L-6,0Z';
const HEART = 'M0,22C-40,-4 -30,-34 0,-16C30,-34 40,-4 0,22Z';

/** A wavy ring of fibre. */
function fibre(r: number, phase: number): string {
  let d = '';
  for (let i = 0; i <= 72; i += 1) {
    const a = (i * 5 * Math.PI) / 180;
    const rr = r + 2.4 * Math.sin(i * 1.5 + phase);
    d += `${i ? 'L' : 'M'}${round(rr * Math.cos(a))},${round(rr * 0.94 * Math.sin(a))}`;
  }
  return `${d}Z`;
}

/** About how wide `text` is drawn in the bold label font (no layout needed, so it also works in print). */
const labelWidth = (text: string) => widthOf(text, FONT);

/** Label lines: words wrapped to fit a margin. */
export function wrap(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && labelWidth(`${lines[last]} ${word}`) <= MAX_LINE) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** About how far an actor reaches from its centre. */
function reach(actor: SceneActor): number {
  const count = 'count' in actor ? (actor.count ?? 1) : 1;
  switch (actor.kind) {
    case 'cell':
      return count > 1 ? 36 : 16;
    case 'tissue':
      return (actor.radius ?? 60) * 0.94 + 4;
    case 'vessel':
      return 24;
    case 'signal':
    case 'organ':
    case 'meter':
      return 30;
    default:
      return 14;
  }
}

/** How far from its centre an actor's leader line stops, towards (tx, ty). */
function leaderEnd(actor: SceneActor, tx: number, ty: number): [number, number] {
  const { x, y } = actor;
  if (actor.kind === 'vessel') {
    const half = (actor.length ?? 160) / 2;
    return [round(Math.min(Math.max(tx, x - half + 12), x + half - 12)), y - 14];
  }
  const r = actor.kind === 'label' ? 0 : reach(actor);
  const d = Math.hypot(tx - x, ty - y) || 1;
  return [round(x + ((tx - x) * r) / d), round(y + ((ty - y) * r) / d)];
}

interface Placed {
  actor: SceneActor;
  lines: string[];
  left: boolean;
  top: number;
}

/** Stacks the labels of one margin top to bottom near their actors, without overlaps. */
function stack(items: Placed[], height: number) {
  items.sort((a, b) => a.actor.y - b.actor.y);
  let next = 4;
  for (const item of items) {
    const h = item.lines.length * LINE;
    item.top = Math.max(next, item.actor.y - h / 2);
    next = item.top + h + GAP;
  }
  // Too low: push back up from the bottom.
  let limit = height - 4;
  for (const item of [...items].reverse()) {
    const h = item.lines.length * LINE;
    if (item.top + h > limit) item.top = limit - h;
    limit = item.top - GAP;
  }
}

function shapeOf(actor: SceneActor, state: ActorState): SVGTemplateResult {
  switch (actor.kind) {
    case 'cell': {
      const spindle = actor.shape === 'spindle';
      const spots = spindle ? cluster(actor.count, CELL.spindle.dx, CELL.spindle.dy) : cluster(actor.count, CELL.gap);
      const marked = actor.mark !== undefined;
      return svg`${spots.map(([dx, dy]) =>
        spindle
          ? svg`<g transform="translate(${dx} ${dy})"><path class="body" d=${SPINDLE}></path><ellipse class="nucleus" rx="5" ry="3"></ellipse></g>`
          : svg`<g transform="translate(${dx} ${dy})"><circle class="body" r=${CELL.r}></circle>${
              marked ? svg`<text class="mark" y="4.5">${actor.mark}</text>` : svg`<circle class="nucleus" cx="-3" cy="-2" r="4"></circle>`
            }</g>`,
      )}${state === 'blocked' ? svg`<path class="blocker" d="M${-spots.length * 5 - 30},-16h6v32h-6zM${spots.length * 5 + 24},-16h6v32h-6z"></path>` : ''}`;
    }
    case 'tissue': {
      const r = actor.radius ?? 60;
      const rings = TISSUE_RINGS[state];
      return svg`${rings.map((dr, i) => svg`<path class="fibre" d=${fibre(r + dr, i * 1.3)}></path>`)}`;
    }
    case 'vessel': {
      const half = (actor.length ?? 160) / 2;
      const h = VESSEL_HALF[state];
      const cells = row(Math.floor(half / 20), 40);
      return svg`<rect class="lumen" x=${-half} y=${-h} width=${half * 2} height=${h * 2}></rect>
        ${cells.map((dx) => svg`<ellipse class="rbc" cx=${dx} rx=${state === 'less' ? 5 : 9} ry=${state === 'less' ? 3 : 5.5}></ellipse>`)}
        <path class="wall" d="M${-half},${-h}H${half}M${-half},${h}H${half}"></path>`;
    }
    case 'organ':
      return actor.shape === 'round' ? svg`<ellipse class="body" rx="30" ry="24"></ellipse>` : svg`<path class="body" d=${HEART}></path>`;
    case 'signal': {
      const spots = cluster(SIGNAL.count[state], actor.mark ? SIGNAL.gap : SIGNAL.dotGap);
      return svg`${spots.map(([dx, dy]) =>
        actor.mark
          ? svg`<g transform="translate(${dx} ${dy})"><circle class="molecule" r=${SIGNAL.r}></circle><text class="mark small" y="3">${actor.mark}</text></g>`
          : svg`<circle class="dot" cx=${dx} cy=${dy} r=${SIGNAL.dot}></circle>`,
      )}`;
    }
    case 'receptor':
      return svg`${row(actor.count).map(
        (dx) => svg`<g transform="translate(${dx} 7)"><path class="receptor" d=${Y}></path>${state === 'blocked' ? svg`<path class="cap" d="M-7,-17H7"></path>` : ''}</g>`,
      )}`;
    case 'drug':
      return svg`${row(actor.count).map((dx) =>
        actor.shape === 'bar' ? svg`<rect class="drug" x=${dx - 3} y="-8" width="6" height="16"></rect>` : svg`<path class="drug" d=${DIAMOND} transform="translate(${dx} 0)"></path>`,
      )}`;
    case 'meter': {
      const level = state === 'less' ? 14 : state === 'more' ? 42 : 28;
      const arrow = state === 'less' ? 'M-4,-6L0,2L4,-6' : state === 'more' ? 'M-4,2L0,-6L4,2' : '';
      return svg`<rect class="gauge" x="-9" y="-26" width="18" height="52" rx="4"></rect>
        <rect class="level" x="-6" y=${23 - level} width="12" height=${level}></rect>
        ${arrow ? svg`<path class="arrow" d=${arrow} transform="translate(20 ${23 - level})"></path>` : ''}`;
    }
    default:
      return svg``;
  }
}

/** Extra classes that style a kind (shape variants). */
function variant(actor: SceneActor): string {
  if (actor.kind === 'cell') return actor.shape === 'spindle' ? 'spindle' : actor.mark ? 'marked' : 'round';
  if (actor.kind === 'signal') return actor.mark ? 'marked' : '';
  if (actor.kind === 'drug') return actor.shape === 'bar' ? 'bar' : '';
  return '';
}

/** The lowest a picture is drawn, in picture units. */
const MIN_HEIGHT = 40;

/** What a step draws and where: its actors, its labels stacked in the margins, and the band it fills. */
interface SceneLayout {
  shown: SceneActor[];
  placed: Placed[];
  /** Top and bottom of what is drawn, in picture units: the picture is cropped to them. */
  top: number;
  bottom: number;
}

function layOut(actors: readonly SceneActor[], scene: StepScene, text: (label: SceneActor['label']) => string): SceneLayout {
  const shown = scene.show.map((id) => actors.find((a) => a.id === id)).filter((a): a is SceneActor => a !== undefined);
  const placed: Placed[] = shown
    .filter((a) => a.kind !== 'label')
    .map((actor) => ({ actor, lines: wrap(text(actor.label)), left: actor.x <= SCENE_WIDTH / 2, top: 0 }));
  const leftLabels = placed.filter((p) => p.left);
  const rightLabels = placed.filter((p) => !p.left);
  const total = (items: Placed[]) => items.reduce((h, p) => h + p.lines.length * LINE + GAP, 4);
  const boxHeight = Math.ceil(Math.max(SCENE_HEIGHT, total(leftLabels), total(rightLabels)));
  stack(leftLabels, boxHeight);
  stack(rightLabels, boxHeight);
  // Crop the box to what is drawn at this step: no empty band above or below the picture.
  const top = Math.floor(Math.max(0, Math.min(...shown.map((a) => a.y - reach(a)), ...placed.map((p) => p.top)) - 6));
  const bottom = Math.ceil(Math.min(boxHeight, Math.max(...shown.map((a) => a.y + reach(a)), ...placed.map((p) => p.top + p.lines.length * LINE)) + 6));
  return { shown, placed, top, bottom: Math.max(bottom, top + MIN_HEIGHT) };
}

/**
 * The height of the tallest of these pictures, in picture units (their width is SCENE_WIDTH):
 * known from the geometry alone, so every step's picture can share one box before any layout.
 */
export function tallestScene(actors: readonly SceneActor[], scenes: readonly StepScene[], text: (label: SceneActor['label']) => string): number {
  return Math.max(MIN_HEIGHT, ...scenes.map((scene) => {
    const { top, bottom } = layOut(actors, scene, text);
    return bottom - top;
  }));
}

/**
 * The SVG picture of a step. `actors` are the document's; `text` turns a label into the
 * reader's words; `name` (the step's `scene.alt`) is the picture's accessible name. With
 * `height` (tallestScene's), the picture is that tall, its drawing centred in it: every step
 * then takes the same room.
 */
export function renderScene(
  actors: readonly SceneActor[],
  scene: StepScene,
  text: (label: SceneActor['label']) => string,
  name: string,
  motion: boolean,
  height?: number,
): SVGTemplateResult {
  const { shown, placed, top, bottom } = layOut(actors, scene, text);
  const focus = new Set(scene.focus ?? []);
  // Own keys only: an actor id such as `constructor` must not find Object.prototype's.
  const states = scene.states ?? {};
  const stateOf = (a: SceneActor): ActorState => (Object.hasOwn(states, a.id) ? states[a.id] : a.state) ?? 'normal';
  const frame = Math.max(height ?? 0, bottom - top);
  const frameTop = round(top - (frame - (bottom - top)) / 2);

  return svg`<svg class="scene ${motion ? 'motion' : ''}" viewBox="0 ${frameTop} ${SCENE_WIDTH} ${frame}" role="img" aria-label=${name} focusable="false">
    ${repeat(
      shown,
      (actor) => actor.id,
      (actor) => svg`<g class="actor ${actor.kind} ${variant(actor)} ${stateOf(actor)} ${focus.has(actor.id) ? 'focus' : ''}" data-actor=${actor.id}
        transform="translate(${actor.x} ${actor.y})">${
          actor.kind === 'label' ? svg`<text class="label free" text-anchor="middle">${text(actor.label)}</text>` : shapeOf(actor, stateOf(actor))
        }</g>`,
    )}
    ${repeat(placed, (p) => p.actor.id, ({ actor, lines, left, top }) => {
      const mid = top + (lines.length * LINE) / 2 - 3;
      const startX = left ? LEFT_EDGE + 3 : RIGHT_EDGE - 3;
      const [ex, ey] = leaderEnd(actor, startX, mid);
      return svg`<g class="callout" data-for=${actor.id}>
        <path class="leader" d="M${startX},${round(mid)}L${ex},${ey}"></path>
        <text class="label ${focus.has(actor.id) ? 'focus' : ''}" x=${left ? LEFT_EDGE : RIGHT_EDGE} y=${round(top + FONT - 1)}
          text-anchor=${left ? 'end' : 'start'}>${lines.map(
            // A single word too long for the margin is squeezed to fit rather than run off the picture.
            (line, i) => svg`<tspan x=${left ? LEFT_EDGE : RIGHT_EDGE} dy=${i ? LINE : 0} textLength=${labelWidth(line) > MAX_LINE ? MAX_LINE : nothing}
              lengthAdjust="spacingAndGlyphs">${line}</tspan>`,
          )}</text>
      </g>`;
    })}
  </svg>`;
}
