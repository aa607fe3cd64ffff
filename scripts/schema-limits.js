// The limits of src/content/limits.ts (as built in dist/), written into the generated JSON
// Schema's definitions: whatever the validator refuses for its size, the schema refuses too
// (test/content/schema-vs-validator.test.ts checks both ways at and past each limit).
import { LIMITS, WEB_URL } from '../dist/content/limits.js';

/** Lists with their own limit, by definition and property; every other list has `listItems`. */
const LIST_LIMITS = {
  StudyRecord: { authors: LIMITS.authors },
  Scene: { actors: LIMITS.actors },
  Mechanism: { steps: LIMITS.steps },
  // The validator's bound too: each id once, and only the scene's.
  StepScene: { show: LIMITS.actors },
};

/** A scene actor's label: reader-facing text with shorter strings. */
const ACTOR_LABEL = {
  description: `An actor's label: at most ${LIMITS.actorLabelChars} characters per string.`,
  anyOf: [
    { type: 'string', maxLength: LIMITS.actorLabelChars },
    {
      type: 'object',
      properties: { patient: { type: 'string', maxLength: LIMITS.actorLabelChars }, clinician: { type: 'string', maxLength: LIMITS.actorLabelChars } },
      required: ['patient', 'clinician'],
      additionalProperties: false,
    },
  ],
};

/** Every string, list and number in `node` (a schema) gets the general limit unless it has its own. */
function bound(node) {
  if (Array.isArray(node)) return node.forEach(bound);
  if (!node || typeof node !== 'object') return;
  if (node.type === 'string' && !node.enum && node.const === undefined) node.maxLength ??= LIMITS.stringChars;
  if (node.type === 'array' && !Array.isArray(node.items)) node.maxItems ??= LIMITS.listItems;
  // Like the validator's Number.isFinite: 1e999 parses as Infinity, which is past these.
  if (node.type === 'number') {
    node.maximum ??= Number.MAX_VALUE;
    node.minimum ??= -Number.MAX_VALUE;
  }
  Object.values(node).forEach(bound);
}

/** `definitions` with the limits written in (changed in place, and returned). */
export function withLimits(definitions) {
  for (const [name, lists] of Object.entries(LIST_LIMITS)) {
    for (const [property, max] of Object.entries(lists)) definitions[name].properties[property].maxItems = max;
  }
  definitions.WebUrl.pattern = WEB_URL.source;
  definitions.ActorLabel = ACTOR_LABEL;
  for (const ref of definitions.SceneActor.anyOf) definitions[ref.$ref.split('/').pop()].properties.label.$ref = '#/definitions/ActorLabel';
  bound(definitions);
  return definitions;
}
