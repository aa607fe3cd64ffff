import { expect } from '@open-wc/testing';
import { formatDate, formatList, formatNumber } from '../../src/i18n/locale.js';

// The hand-written formats replace Intl (whose first use loads ICU data); they must say the same.
describe('locale formats match Intl for en and es', () => {
  for (const lang of ['en', 'es']) {
    it(`${lang}: dates, long and month-year`, () => {
      for (const iso of ['2019-01-30', '2019-03-11', '2001-12-01', '1999-07-04']) {
        const date = new Date(`${iso}T00:00:00Z`);
        expect(formatDate(iso, lang)).to.equal(new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date));
        expect(formatDate(iso, lang, 'month')).to.equal(new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date));
      }
    });

    it(`${lang}: numbers`, () => {
      const intl = new Intl.NumberFormat(lang, { maximumFractionDigits: 10 });
      const edges = [-0, -1e-11, 1.5e-10, 1234567.891, 12345678.9, 2 ** 60, 1e21, 1.5e21, 9.99999999995, 0.99999999996, 5e-324];
      for (const n of [0, 1, 2, 1.5, 0.25, 17, 999, 1234, 12345.25, -12345.125, 1000000, 0.1 + 0.2, 3.14159265358979, ...edges]) {
        expect(formatNumber(n, lang), String(n)).to.equal(intl.format(n));
      }
    });

    it(`${lang}: lists`, () => {
      const intl = new Intl.ListFormat(lang, { type: 'conjunction' });
      const words = ['hielo', 'hiato', 'Inmunoterapia', 'hijos', 'io', 'IA', 'ion', 'hio', 'hi', 'íleo', 'hígado', 'control'];
      for (const items of [['a'], ['control', 'placebo'], ['control', 'plerixafor', 'inhibidores'], ...words.map((w) => ['a', w])]) {
        expect(formatList(items, lang), items.join('|')).to.equal(intl.format(items));
      }
    });
  }

  it('shows an unreadable date as given, and an unsupported language as English', () => {
    expect(formatDate('2019-13-01', 'en')).to.equal('2019-13-01');
    expect(formatDate('soon', 'es')).to.equal('soon');
    expect(formatDate('2019-03-11', 'fr')).to.equal('March 11, 2019');
  });
});
