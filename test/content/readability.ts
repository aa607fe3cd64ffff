/**
 * Reading-level formulas for the content tests.
 *
 * English: Flesch–Kincaid grade level, computed by the `flesch-kincaid` npm package from
 * counts whose syllables come from the `syllable` npm package (both maintained by wooorm).
 *
 * Spanish: Fernández-Huerta readability (1959), L = 206.84 − 0.60·P − 1.02·F, where P is
 * syllables per 100 words and F is words per sentence (the reading that matches the
 * Flesch Reading Ease formula it adapts). Scale: 90–100 very easy, 80–90 easy, 70–80
 * fairly easy, 60–70 normal (about grade 7–8), below 60 fairly difficult. Syllables come
 * from `spanishSyllables()` below, since the npm syllable counters are English-only.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export type Counts = {
  sentence: number;
  word: number;
  syllable: number;
};

/** Each field is at least one sentence (titles and labels have no full stop). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

/** Words: runs of letters or digits, with inner apostrophes and hyphens (as written). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

const VOWELS = 'aeiouáéíóúü';
/** Vowels that form a syllable nucleus on their own next to another vowel (a, e, o, and accented i, u). */
const STRONG = 'aeoáéóíú';

/**
 * Spanish syllables of one word, by the rules of Spanish orthography: each vowel group is
 * one syllable (diphthongs and triphthongs: a weak i/u/ü next to any vowel), except that
 * two strong vowels side by side (a, e, o, or accented í, ú) are a hiatus and split.
 * The u of "que, qui, gue, gui" is silent; a word-final y after a vowel closes a
 * diphthong ("hoy", "muy"); the word "y" counts as one. Every word has at least one.
 */
export function spanishSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (!w) return 0;
  w = w.replace(/([qg])u([eéií])/g, '$1$2');
  if (w === 'y') return 1;
  let count = 0;
  let previous = '';
  for (const ch of w) {
    if (VOWELS.includes(ch)) {
      if (!previous || !VOWELS.includes(previous)) count += 1;
      else if (STRONG.includes(ch) && STRONG.includes(previous)) count += 1;
    }
    previous = ch;
  }
  return Math.max(1, count);
}

/** Sentence, word and syllable counts of a list of fields. */
export function countText(fields: string[], syllables: (word: string) => number): Counts {
  const counts: Counts = { sentence: 0, word: 0, syllable: 0 };
  for (const field of fields) {
    for (const sentence of sentencesOf(field)) {
      const words = wordsOf(sentence);
      if (!words.length) continue;
      counts.sentence += 1;
      counts.word += words.length;
      for (const word of words) counts.syllable += Math.max(1, syllables(word));
    }
  }
  return counts;
}

let englishSyllable: ((word: string) => number) | undefined;

/** English syllable counts from the `syllable` package (kept async for callers). */
export async function loadEnglishSyllables(): Promise<(word: string) => number> {
  englishSyllable ??= syllable;
  return englishSyllable;
}

/** Flesch–Kincaid grade (lower is easier). Needs `loadEnglishSyllables()` first. */
export function fleschKincaidGrade(fields: string[]): number {
  if (!englishSyllable) throw new Error('call loadEnglishSyllables() first');
  return fleschKincaid(countText(fields, englishSyllable));
}

/** Fernández-Huerta readability (higher is easier). */
export function fernandezHuerta(fields: string[]): number {
  const c = countText(fields, spanishSyllables);
  if (!c.word || !c.sentence) return Number.NaN;
  return 206.84 - 0.6 * ((100 * c.syllable) / c.word) - 1.02 * (c.word / c.sentence);
}
