import type { ExplainerDocument, Mechanism, Text } from '../../content/types.js';

/**
 * The mark on steps flagged `inMice`: the document's own words for its animals ("In rats"),
 * `mechanism.subjectsLabel`, else the badge's `evidence.subjectsShort`. Never a word of the
 * package's: a study in rats must not say "In mice". The validator requires one of the two when
 * a step is flagged. Shared by the stepper and its text fallback (src/prerender/text-fallback.ts).
 */
export function stepMark(doc: { mechanism: Mechanism } & Partial<Pick<ExplainerDocument, 'evidence'>>): Text | undefined {
  return doc.mechanism.subjectsLabel ?? doc.evidence?.subjectsShort;
}
