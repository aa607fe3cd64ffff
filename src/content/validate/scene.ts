import { ACTOR_KINDS, ACTOR_STATES, SCENE_HEIGHT, SCENE_WIDTH, type ActorKind, type MeterActor, type Scene, type SceneActor, type StepScene } from '../types.js';
import { ACTORS, ACTOR_LABEL_CHARS } from '../limits.js';
import { ID, fields, isObject, type Checker, type CheckFunction, type Fields } from './checker.js';
import { alreadyChecked, oneOf, optional } from './checks.js';

/**
 * Checks of the stepper's picture: `mechanism.scene.actors` and each step's `scene`. The
 * actors are what a picture may draw; a step may show, focus or set the state of only those.
 */

/** Any field of any kind of actor. */
type FieldOfEach<T> = T extends unknown ? keyof T : never;
type AnyActor = { [K in FieldOfEach<SceneActor>]?: unknown };

/**
 * The fields each kind of actor may have. A field of another kind is reported unknown, and
 * checked all the same (`actor` in checkScene has one check for each field of every kind).
 */
const COMMON: Fields<MeterActor, true> = { id: true, kind: true, label: true, x: true, y: true, state: true };
const KIND_FIELDS: { readonly [K in ActorKind]: Fields<Extract<SceneActor, { kind: K }>, true> } = {
  cell: { ...COMMON, shape: true, mark: true, count: true },
  tissue: { ...COMMON, radius: true },
  vessel: { ...COMMON, length: true },
  organ: { ...COMMON, shape: true },
  signal: { ...COMMON, mark: true },
  receptor: { ...COMMON, count: true },
  drug: { ...COMMON, shape: true, count: true },
  meter: COMMON,
  label: COMMON,
};
const SHAPES: Partial<Record<ActorKind, readonly string[]>> = { cell: ['round', 'spindle'], organ: ['heart', 'round'], drug: ['diamond', 'bar'] };

const number = (min: number, max: number, whole = false): CheckFunction => (c, value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
    c.problem(path, `expected a ${whole ? 'whole ' : ''}number from ${min} to ${max}, got ${JSON.stringify(value) ?? 'nothing'}`);
  }
};

/** Checks `mechanism.scene`; returns the actor ids it defines (with their kinds). */
export function checkScene(c: Checker, value: unknown, path: string): Map<string, ActorKind> {
  const ids = new Map<string, ActorKind>();
  let kind: ActorKind;
  const actor: Fields<AnyActor> = {
    id: (c, id, path) => {
      if (!c.string(id, path, ID, 'id') || !ID.test(id)) return;
      if (ids.has(id)) c.problem(path, `duplicate actor id "${id}"`);
      ids.set(id, kind);
    },
    kind: alreadyChecked,
    label: (c, label, path) => c.text(label, path, ACTOR_LABEL_CHARS),
    x: number(0, SCENE_WIDTH),
    y: number(0, SCENE_HEIGHT),
    state: optional(oneOf(ACTOR_STATES)),
    shape: optional((c, shape, path) => {
      const shapes = SHAPES[kind];
      if (shapes) c.oneOf(shape, path, shapes);
    }),
    count: optional(number(1, 7, true)),
    radius: optional(number(20, 120)),
    length: optional(number(40, SCENE_WIDTH)),
    // Characters drawn inside each cell or molecule.
    mark: optional((c, mark, path) => {
      const max = kind === 'cell' ? 2 : 3;
      if (c.string(mark, path) && [...mark].length > max) c.problem(path, `at most ${max} characters`);
    }),
  };
  fields<Scene>(c, value, path, {
    actors: (c, list, path) =>
      c.array(list, path, 1, ACTORS).forEach((item, i) => {
        const at = `${path}[${i}]`;
        if (!isObject(item)) c.problem(at, 'expected an object');
        else if (c.oneOf(item.kind, `${at}.kind`, ACTOR_KINDS)) fields<AnyActor>(c, item, at, actor, Object.keys(KIND_FIELDS[(kind = item.kind)]));
      }),
  });
  return ids;
}

/** Checks one step's `scene` against the document's actors (`undefined`: the document has no picture). */
export function checkStepScene(c: Checker, value: unknown, path: string, actors: Map<string, ActorKind> | undefined) {
  if (value === undefined) {
    if (actors) c.problem(path, 'missing: the document has a picture (mechanism.scene), so every step needs a scene');
    return;
  }
  if (!actors) {
    c.problem(path, 'a step scene needs the actors of mechanism.scene');
    return;
  }
  const known = (id: unknown, at: string): id is string => {
    if (!c.string(id, at)) return false;
    if (actors.has(id)) return true;
    c.problem(at, `unknown actor id "${id}"`);
    return false;
  };
  const shown = new Set<string>();
  fields<StepScene>(c, value, path, {
    alt: 'text',
    show: (c, show, path) =>
      // At most ACTORS: each id once, and only the scene's.
      c.array(show, path, 1).forEach((id, i) => {
        if (!known(id, `${path}[${i}]`)) return;
        if (shown.has(id)) c.problem(`${path}[${i}]`, `"${id}" is listed twice`);
        shown.add(id);
      }),
    focus: optional((c, focus, path) =>
      c.array(focus, path).forEach((id, i) => {
        if (known(id, `${path}[${i}]`) && !shown.has(id)) c.problem(`${path}[${i}]`, `"${id}" is not shown at this step`);
      }),
    ),
    // Keyed by the actor ids: any id of mechanism.scene, each with a state.
    states: optional((c, value, path) => {
      const states = c.object(value, path, [...actors.keys()]);
      if (states) for (const [id, state] of Object.entries(states)) if (actors.has(id)) c.oneOf(state, `${path}.${id}`, ACTOR_STATES);
    }),
  });
}
