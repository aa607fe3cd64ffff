import type { Evidence, Text } from '../../content/types.js';
import type { BadgeStrings } from './evidence-badge.strings.js';

/**
 * The words of the badge's one-line pill, in order: stage, study type, who or what was studied,
 * peer review. The badge draws them; the text fallback (src/prerender/text-fallback.ts) writes them.
 */
export function pillWords(ev: Evidence, ui: BadgeStrings, t: (text: Text | undefined) => string): string[] {
  const subjects = ev.subjectsShort ? [t(ev.subjectsShort)] : ev.subjects.map((s) => ui[`in-${s}`]);
  return [ui[`short-${ev.stage}`], ui[ev.studyTypes[0]], ...subjects, ui[ev.peerReview]];
}
