/*
 * Every size limit on an explainer document, declared once. The validator enforces them, the
 * JSON Schema carries them (scripts/schema-limits.js), `render` and the elements refuse a larger
 * document with them, and docs/authoring.md's table is checked against them. Each is far above
 * what a real study needs (the built-in study: 11 actors, 8 steps, labels under 40 characters)
 * and low enough that the worst valid document stays quick to draw (`npm run bench`).
 * (Separate constants, so the bundles carry only the numbers; `LIMITS` lists them all.)
 */

/** Characters (UTF-16 code units, as `String.length` counts) of a document's JSON text. */
export const DOCUMENT_CHARS = 1_000_000;
/**
 * Characters in any one string: any paragraph fits. Declared beside the link check that the
 * base chunk needs it for (importing this module there would move it out of the validator's).
 */
export { MAX_STRING as STRING_CHARS } from './url.js';
/** Items in any list not named below. */
export const LIST_ITEMS = 60;
/** `study.authors`: consortium trials list hundreds (the badge cites the first three). */
export const AUTHORS = 2000;
/** `mechanism.scene.actors` (and so the actors one step shows): twice the built-in study's 11, more than a 400 × 260 picture can show legibly. */
export const ACTORS = 24;
/** `mechanism.steps`: each step is one screen; a mechanism told in more is two explainers. */
export const STEPS = 20;
/** Characters of a scene actor's label: nearly twice the longest label of the built-in study (32, in Spanish); a margin line holds about 14, so up to five lines. */
export const ACTOR_LABEL_CHARS = 60;

/** Every limit by name: for the schema generator, the guide's table and the tests. */
import { MAX_STRING as STRING_CHARS } from './url.js';

export const LIMITS = {
  documentChars: DOCUMENT_CHARS,
  stringChars: STRING_CHARS,
  listItems: LIST_ITEMS,
  authors: AUTHORS,
  actors: ACTORS,
  steps: STEPS,
  actorLabelChars: ACTOR_LABEL_CHARS,
} as const;

/**
 * A link as written: `http://` or `https://` in lower case, then no spaces. (The validator also
 * parses it as a URL, which a schema cannot do.)
 */
export const WEB_URL = /^https?:\/\/\S+$/;
