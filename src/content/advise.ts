import { ACTOR_STATES, AUDIENCES, type ActorState, type ExplainerDocument, type SceneActor } from './types.js';
import type { ContentProblem } from './validate/checker.js';
import { MARK, widthOf } from './scene-geometry.js';
import { actorBox, type Box } from './validate/actor-box.js';
import { directionWordsProblem } from './validate/direction-words.js';
import { supportedLanguage } from '../i18n/languages.js';

/**
 * Authoring advice on a document that validates: what would still look or read wrong to a
 * reader (actors that hide each other, a mark wider than its circle, direction words the chart's
 * sentence cannot take). `npx study-explainers validate` reports it beside the problems, and
 * fails on it; the widgets do not run it (a slightly crowded picture still explains the study,
 * so no reader loses a widget over it) and their bundles leave it out.
 */
export function adviseExplainer(doc: ExplainerDocument): ContentProblem[] {
  const advice: ContentProblem[] = [];
  const { scene, steps } = doc.mechanism;
  const actors = new Map((scene?.actors ?? []).map((actor) => [actor.id, actor]));
  scene?.actors.forEach((actor, i) => {
    if (!('mark' in actor) || !actor.mark) return;
    const size = actor.kind === 'cell' ? 'cell' : 'signal';
    const wide = Math.round(widthOf(actor.mark, MARK[size].font));
    if (wide > MARK[size].fits) {
      advice.push({
        path: `mechanism.scene.actors[${i}].mark`,
        message: `"${actor.mark}" is drawn about ${wide} units wide, wider than its ${size === 'cell' ? 'cell' : 'molecule'} (${MARK[size].fits}): use 1 or 2 characters, e.g. "T" or "O₂"`,
      });
    }
  });
  steps.forEach((step, i) => {
    if (step.scene) advice.push(...overlaps(step.scene.show, step.scene.states ?? {}, actors, `mechanism.steps[${i}].scene`));
  });
  const lang = supportedLanguage(doc.lang);
  doc.arms.outcomes.forEach((outcome, i) => {
    for (const [direction, words] of Object.entries(outcome.directionWords ?? {})) {
      const path = `arms.outcomes[${i}].directionWords.${direction}`;
      const texts: Array<[string, string]> = typeof words === 'string' ? [[path, words]] : AUDIENCES.map((a) => [`${path}.${a}`, words[a]]);
      for (const [at, text] of texts) {
        const message = directionWordsProblem(text, direction, lang);
        if (message) advice.push({ path: at, message });
      }
    }
  });
  return advice;
}

/**
 * Actors that hide each other at a step: each is drawn over the ones listed before it in `show`,
 * so a later actor whose box covers at least half of an earlier one's hides it. Tissue is left
 * out: its rings are outlines, meant to go around other actors. Boxes are the drawing's
 * (scene-geometry.ts) at the step's states.
 */
function overlaps(show: readonly string[], states: Readonly<Record<string, ActorState>>, actors: Map<string, SceneActor>, path: string): ContentProblem[] {
  const found: ContentProblem[] = [];
  const drawn: Array<{ id: string; box: Box }> = [];
  show.forEach((id, j) => {
    const actor = actors.get(id);
    if (!actor || actor.kind === 'tissue') return;
    const state = (ACTOR_STATES as readonly string[]).includes(states[id]) ? states[id] : (actor.state ?? 'normal');
    const label = typeof actor.label === 'string' ? actor.label : actor.label.patient.length > actor.label.clinician.length ? actor.label.patient : actor.label.clinician;
    const [l, t, r, b] = actorBox(actor, state, label);
    const box: Box = [actor.x + l, actor.y + t, actor.x + r, actor.y + b];
    for (const below of drawn) {
      const w = Math.min(box[2], below.box[2]) - Math.max(box[0], below.box[0]);
      const h = Math.min(box[3], below.box[3]) - Math.max(box[1], below.box[1]);
      const area = (below.box[2] - below.box[0]) * (below.box[3] - below.box[1]);
      if (w > 0 && h > 0 && w * h >= area / 2) {
        found.push({ path: `${path}.show[${j}]`, message: `"${id}" is drawn over most of "${below.id}", listed before it: move one of them (x, y; sizes in docs/authoring.md, "Actor sizes")` });
      }
    }
    drawn.push({ id, box });
  });
  return found;
}
