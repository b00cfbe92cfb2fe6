import { cents } from './cents';
import { formatCents, MoneyLocale } from './money-format';
import { parseCents } from './money-parse';

const NBSP = '\u00a0';

describe('formatting cents for people', () => {
  it.each<[MoneyLocale, string]>([
    ['lv', `287${NBSP}367,44${NBSP}€`],
    ['ru', `287${NBSP}367,44${NBSP}€`],
    ['en', '€287,367.44'],
  ])('formats the Daugavpils 2025 total in %s as %j', (locale, expected) => {
    expect(formatCents(cents(28736744), locale)).toBe(expected);
  });

  it('groups hundreds of millions without rounding the cents', () => {
    expect(formatCents(cents(98765432199), 'en')).toBe('€987,654,321.99');
    expect(formatCents(cents(98765432199), 'lv', { currency: false })).toBe(`987${NBSP}654${NBSP}321,99`);
  });

  it('keeps the largest safe amount exact (a float would print ...740,99 as ...741,00)', () => {
    expect(formatCents(cents(Number.MAX_SAFE_INTEGER), 'en', { currency: false })).toBe('90,071,992,547,409.91');
  });

  it('pads single cents and zero', () => {
    expect(formatCents(cents(5), 'lv')).toBe(`0,05${NBSP}€`);
    expect(formatCents(cents(0), 'en')).toBe('€0.00');
  });

  it('follows Latvian CLDR grouping, which leaves four-digit amounts ungrouped', () => {
    expect(formatCents(cents(123450), 'lv')).toBe(`1234,50${NBSP}€`);
    expect(formatCents(cents(123450), 'en')).toBe('€1,234.50');
  });

  it('puts the sign in front for a negative difference', () => {
    expect(formatCents(cents(-1050), 'en')).toBe('-€10.50');
    expect(formatCents(cents(-1050), 'ru')).toBe(`-10,50${NBSP}€`);
  });

  it.each<MoneyLocale>(['lv', 'ru', 'en'])('reads back what it writes in %s', (locale) => {
    for (const amount of [1, 99, 100000, 28736744, 13800000000]) {
      expect(parseCents(formatCents(cents(amount), locale))).toBe(amount);
    }
  });

  it('refuses a float that pretends to be cents', () => {
    expect(() => formatCents(0.1 as never, 'en')).toThrow('Not a whole number of cents');
  });
});
