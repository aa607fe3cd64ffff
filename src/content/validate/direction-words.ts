import type { Language } from '../../i18n/languages.js';

/**
 * When an outcome's `directionWords` cannot stand in the chart's sentence. The chart writes
 * "{words} than {groups}" (`less`, `more`) or "{words} (compared with {groups})" (`similar`), so
 * the words must carry no comparison of their own ("fewer metastases than before" would read
 * "… than before than Placebo") and must not end in a word that wants one ("similar to" would
 * read "Similar to (compared with Placebo)"). By language; a language without rules is not checked.
 */
const RULES: Partial<Record<Language, { comparison: RegExp; dangling: RegExp }>> = {
  en: {
    comparison: /\b(than|compared|versus|vs)\b/i,
    dangling: /\b(to|with|as|than|of|for|from|in|on|at|by|against|versus|vs)\.?$/i,
  },
  es: {
    comparison: /\b(frente|comparaci[oó]n|comparad[oa]s?|respecto|versus|vs)\b/i,
    dangling: /(^|\s)(a|al|con|de|del|que|como|en|para|por|frente|sin)\.?$/i,
  },
};

/** What is wrong with the `direction` words `words` in the chart's sentence, or undefined when they read. */
export function directionWordsProblem(words: string, direction: string, lang: Language | null): string | undefined {
  const rules = lang ? RULES[lang] : undefined;
  if (!rules) return undefined;
  const trimmed = words.trim();
  const sentence = direction === 'similar' ? '"{words} (compared with {groups})"' : '"{words} than {groups}"';
  const end = rules.dangling.exec(trimmed);
  if (rules.comparison.test(trimmed)) return `the chart adds the comparison itself (${sentence}): give the words only, without "than" or "compared with", e.g. "lower blood pressure"`;
  if (end) return `ends with "${end[0].trim()}", left hanging in the chart's sentence (${sentence}): give the words only, e.g. "lower blood pressure"`;
  return undefined;
}
