/**
 * Every size limit on an explainer document, declared once. The validator enforces them, the
 * JSON Schema carries them (scripts/build-schema.js), `render` and the elements refuse a larger
 * document with them, and docs/authoring.md's table is checked against them. Each is far above
 * what a real study needs (the built-in study: 11 actors, 8 steps, labels under 40 characters)
 * and low enough that the worst valid document stays quick to draw (`npm run bench`).
 */
export const LIMITS = {
  /** Characters (UTF-16 code units, as `String.length` counts) of a document's JSON text. */
  documentChars: 1_000_000,
  /** Characters in any one string: any paragraph fits. */
  stringChars: 4000,
  /** Items in any list not named below. */
  listItems: 60,
  /** `study.authors`: consortium trials list hundreds (the badge cites the first three). */
  authors: 2000,
  /** `mechanism.scene.actors`: a 400 × 260 picture is unreadable long before this. */
  actors: 30,
  /** `mechanism.steps`: each step is one screen; a mechanism told in more is two explainers. */
  steps: 20,
  /** Characters of a scene actor's label: a margin line holds about 14, so this is 4–5 lines. */
  actorLabelChars: 60,
} as const;

/** A link: `http://` or `https://` (lower case), a host, and no spaces or user name. */
export const WEB_URL_PATTERN = '^https?://[^\\s/?#@:]+(:[0-9]{1,5})?([/?#]\\S*)?$';
