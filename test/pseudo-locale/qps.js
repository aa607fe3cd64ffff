// A test-only pseudo-locale, `qps` (ISO 639 keeps qaa–qtz for local use): every word accented
// and about 40% longer, so an untranslated string stands out (plain ASCII letters) and layouts
// meet longer text. This file is the language's whole declaration: its registry entry (name and
// date/number/list rules, as TypeScript source for src/i18n/languages.ts) and its text tables,
// made from the English ones. test/cli/pseudo-locale.test.js adds it to a copy of the tree.

export const CODE = 'qps';
export const NAME = 'Ƥśéúđó';

const ACCENTED = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹḾÑÓÞǪŔŠŢÚṼŴẊÝŽ'][i]]),
);
const VOWELS = /[aeiouAEIOU]/;

/**
 * A string in the pseudo-locale: each letter accented and each vowel doubled (about 40% longer,
 * still breakable at its spaces). Template slots (`{date}`, `%1$s`) and URLs stay as they are.
 */
export function pseudoText(text) {
  return text
    .split(/(\{\w+\}|%\d\$s|https?:\/\/\S+)/)
    .map((part, i) => (i % 2 ? part : [...part].map((c) => (VOWELS.test(c) ? ACCENTED[c].repeat(2) : (ACCENTED[c] ?? c))).join('')))
    .join('');
}

/** Every string in `value` (a text table, nested) in the pseudo-locale; keys and non-strings stay. */
export function pseudo(value) {
  if (typeof value === 'string') return pseudoText(value);
  if (Array.isArray(value)) return value.map(pseudo);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pseudo(inner)]));
  return value;
}

/** The registry's entries for the language (TypeScript source, one per table of src/i18n/languages.ts). */
export const REGISTRY = {
  LANGUAGE_NAMES: JSON.stringify(NAME),
  LOCALE_RULES: `{
    months: ${JSON.stringify(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map(pseudoText))},
    date: '{day} {month} {year}',
    monthYear: '{month} {year}',
    decimal: ',',
    group: ' ',
    groupFrom: 4,
    and: () => ${JSON.stringify(pseudoText('and'))},
    serialComma: false,
  }`,
};
