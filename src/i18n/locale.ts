/**
 * Dates, numbers and lists in the reader's language, by the rules each language declares in
 * languages.ts (LOCALE_RULES), written out by hand instead of `Intl` (see there why).
 */
import { DEFAULT_LANGUAGE, LOCALE_RULES, supportedLanguage } from './languages.js';
import { format } from '../util/format.js';

const rulesFor = (lang: string) => LOCALE_RULES[supportedLanguage(lang) ?? DEFAULT_LANGUAGE];

/** "January 30, 2019" / "30 de enero de 2019" (`month`: "March 2019"); an unreadable date is shown as given. */
export function formatDate(iso: string, lang: string, style: 'long' | 'month' = 'long'): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const rules = rulesFor(lang);
  const month = parts ? rules.months[Number(parts[2]) - 1] : undefined;
  const day = parts ? Number(parts[3]) : 0;
  if (!parts || !month || day < 1 || day > 31) return iso;
  return format(style === 'month' ? rules.monthYear : rules.date, { day: String(day), month, year: String(Number(parts[1])) });
}

/** The digits of a non-negative number's shortest form ("1.5e-10"), as whole and fraction parts without exponent. */
function plainDigits(abs: number): [string, string] {
  const [mantissa, exponent = '0'] = String(abs).split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  let digits = whole + fraction;
  let point = whole.length + Number(exponent);
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  digits = digits.padEnd(point, '0');
  return [digits.slice(0, point).replace(/^0+(?=\d)/, ''), digits.slice(point)];
}

/** "0999" + 1 = "1000": adds one to a string of decimal digits. */
function increment(digits: string): string {
  const i = digits.search(/9*$/);
  return i === 0 ? `1${'0'.repeat(digits.length)}` : digits.slice(0, i - 1) + String(Number(digits[i - 1]) + 1) + '0'.repeat(digits.length - i);
}

/**
 * A number as the document gives it, in the reader's language: like Intl with
 * `maximumFractionDigits: 10`, it starts from the shortest decimal form and rounds half up.
 */
export function formatNumber(value: number, lang: string): string {
  if (!Number.isFinite(value)) return String(value);
  const rules = rulesFor(lang);
  let [whole, fraction] = plainDigits(Math.abs(value));
  if (fraction.length > 10) {
    const roundUp = fraction[10] >= '5';
    fraction = fraction.slice(0, 10);
    if (roundUp) {
      const sum = increment(whole + fraction);
      whole = sum.slice(0, sum.length - 10);
      fraction = sum.slice(-10);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  const grouped = whole.length >= rules.groupFrom ? whole.replace(/\B(?=(\d{3})+$)/g, rules.group) : whole;
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return sign + grouped + (fraction ? rules.decimal + fraction : '');
}

/** "a, b, and c" / "a, b y c". */
export function formatList(items: readonly string[], lang: string): string {
  if (items.length < 2) return items.join('');
  const rules = rulesFor(lang);
  const last = items[items.length - 1];
  const head = items.slice(0, -1).join(', ');
  return `${head}${rules.serialComma && items.length > 2 ? ',' : ''} ${rules.and(last)} ${last}`;
}
