// The worst valid document for the stepper: every limit of src/content/limits.ts that multiplies
// the picture's work at its maximum (actors, each shown, focused and set to a state on every
// step, labels of narrow-enough words to wrap into the most lines, the longest step bodies).
// Used by `npm run bench` (its "worst valid document" row) and the browser test
// test/mechanism-stepper/worst-document.test.ts. Pure: give it a valid document and the limits.

/** Actors that draw the most: clusters at the largest count, marks, every kind. */
const KINDS = [
  { kind: 'cell', count: 7, mark: 'T' },
  { kind: 'cell', shape: 'spindle', count: 7 },
  { kind: 'drug', count: 7 },
  { kind: 'receptor', count: 7 },
  { kind: 'signal', mark: 'O₂' },
  { kind: 'tissue', radius: 120 },
  { kind: 'vessel', length: 200 },
  { kind: 'organ', shape: 'heart' },
  { kind: 'meter' },
  { kind: 'label' },
];
const STATES = ['more', 'less', 'blocked', 'normal'];

/** `chars` characters of short words: each a line of its own or nearly, the most lines a label can wrap into. */
const words = (chars, word) => `${`${word} `.repeat(Math.ceil(chars / (word.length + 1)))}`.slice(0, chars).trim().padEnd(chars, 'x');

/**
 * `base` (a valid document with a picture, e.g. the built-in study) with `limits.actors` actors
 * shown on each of `limits.steps` steps.
 */
export function worstDocument(base, limits) {
  const doc = structuredClone(base);
  const actors = Array.from({ length: limits.actors }, (_, i) => ({
    id: `a${i}`,
    ...KINDS[i % KINDS.length],
    label: words(limits.actorLabelChars, 'Mmmmmm'),
    x: 100 + ((i * 37) % 201),
    y: 10 + ((i * 53) % 241),
  }));
  const ids = actors.map((actor) => actor.id);
  const [first] = doc.mechanism.steps;
  doc.mechanism.scene = { actors };
  doc.mechanism.steps = Array.from({ length: limits.steps }, (_, s) => ({
    ...first,
    id: `step-${s}`,
    body: words(limits.stringChars, 'Words'),
    scene: {
      alt: first.scene.alt,
      show: ids,
      focus: ids,
      states: Object.fromEntries(ids.map((id, i) => [id, STATES[(i + s) % STATES.length]])),
    },
  }));
  return doc;
}
