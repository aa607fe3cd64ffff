import { ACTOR_KINDS, ACTOR_STATES, SCENE_HEIGHT, SCENE_WIDTH, type ActorKind } from './types.js';
import type { Checker } from './validate.js';

/**
 * Checks of the stepper's picture: `mechanism.scene.actors` and each step's `scene`. The
 * actors are what a picture may draw; a step may show, focus or set the state of only those.
 */

const ID = /^[A-Za-z][\w-]{0,63}$/;

/** The fields each kind of actor may have, beyond the common ones. */
const KIND_FIELDS: Record<ActorKind, readonly string[]> = {
  cell: ['shape', 'mark', 'count'],
  tissue: ['radius'],
  vessel: ['length'],
  organ: ['shape'],
  signal: ['mark'],
  receptor: ['count'],
  drug: ['shape', 'count'],
  meter: [],
  label: [],
};
const COMMON = ['id', 'kind', 'label', 'x', 'y', 'state'];
const SHAPES: Partial<Record<ActorKind, readonly string[]>> = { cell: ['round', 'spindle'], organ: ['heart', 'round'], drug: ['diamond', 'bar'] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function number(c: Checker, value: unknown, path: string, min: number, max: number, whole = false) {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
    c.problem(path, `expected a ${whole ? 'whole ' : ''}number from ${min} to ${max}, got ${JSON.stringify(value) ?? 'nothing'}`);
  }
}

/** Checks `mechanism.scene`; returns the actor ids it defines (with their kinds). */
export function checkScene(c: Checker, value: unknown, path: string): Map<string, ActorKind> {
  const ids = new Map<string, ActorKind>();
  const scene = c.object(value, path, ['actors']);
  if (!scene) return ids;
  c.array(scene.actors, `${path}.actors`, 1).forEach((actor, i) => {
    const at = `${path}.actors[${i}]`;
    if (!isObject(actor)) {
      c.problem(at, 'expected an object');
      return;
    }
    if (!c.oneOf(actor.kind, `${at}.kind`, ACTOR_KINDS)) return;
    const kind = actor.kind;
    c.object(actor, at, [...COMMON, ...KIND_FIELDS[kind]]);
    if (c.string(actor.id, `${at}.id`, ID, 'id') && ID.test(actor.id)) {
      if (ids.has(actor.id)) c.problem(`${at}.id`, `duplicate actor id "${actor.id}"`);
      ids.set(actor.id, kind);
    }
    c.text(actor.label, `${at}.label`);
    number(c, actor.x, `${at}.x`, 0, SCENE_WIDTH);
    number(c, actor.y, `${at}.y`, 0, SCENE_HEIGHT);
    if (actor.state !== undefined) c.oneOf(actor.state, `${at}.state`, ACTOR_STATES);
    const shapes = SHAPES[kind];
    if (shapes && actor.shape !== undefined) c.oneOf(actor.shape, `${at}.shape`, shapes);
    if (actor.count !== undefined) number(c, actor.count, `${at}.count`, 1, 7, true);
    if (actor.radius !== undefined) number(c, actor.radius, `${at}.radius`, 20, 120);
    if (actor.length !== undefined) number(c, actor.length, `${at}.length`, 40, SCENE_WIDTH);
    if (actor.mark !== undefined && c.string(actor.mark, `${at}.mark`)) {
      const max = kind === 'cell' ? 2 : 3;
      if ([...actor.mark].length > max) c.problem(`${at}.mark`, `at most ${max} characters`);
    }
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
  const scene = c.object(value, path, ['alt', 'show', 'focus', 'states']);
  if (!scene) return;
  c.text(scene.alt, `${path}.alt`);
  const known = (id: unknown, at: string) => {
    if (!c.string(id, at)) return false;
    if (actors.has(id)) return true;
    c.problem(at, `unknown actor id "${id}"`);
    return false;
  };
  const shown = new Set<string>();
  c.array(scene.show, `${path}.show`, 1).forEach((id, i) => {
    if (!known(id, `${path}.show[${i}]`)) return;
    if (shown.has(id as string)) c.problem(`${path}.show[${i}]`, `"${id as string}" is listed twice`);
    shown.add(id as string);
  });
  if (scene.focus !== undefined) {
    c.array(scene.focus, `${path}.focus`).forEach((id, i) => {
      if (known(id, `${path}.focus[${i}]`) && !shown.has(id as string)) c.problem(`${path}.focus[${i}]`, `"${id as string}" is not shown at this step`);
    });
  }
  if (scene.states !== undefined) {
    const states = c.object(scene.states, `${path}.states`, [...actors.keys()]);
    if (states) for (const [id, state] of Object.entries(states)) if (actors.has(id)) c.oneOf(state, `${path}.states.${id}`, ACTOR_STATES);
  }
}
