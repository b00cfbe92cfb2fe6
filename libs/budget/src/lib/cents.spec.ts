import { BudgetRuleError } from './budget-error';
import { addCents, cents, centsFromBigInt, euros, nonNegativeCents, subtractCents, sumCents } from './cents';

describe('Cents', () => {
  it.each([0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])(
    'refuses %p as cents',
    (value) => {
      expect(() => cents(value)).toThrow(BudgetRuleError);
    },
  );

  it('adds ten cents ten times to exactly one euro (floats give 0.9999999999999999)', () => {
    expect(sumCents(Array.from({ length: 10 }, () => cents(10)))).toBe(100);
  });

  it('sums the budgets of a large municipality exactly', () => {
    expect(sumCents([euros(138_000_000), cents(1), cents(99)])).toBe(13_800_000_100);
  });

  it('refuses a sum that would leave the safe integer range instead of losing cents', () => {
    expect(() => addCents(cents(Number.MAX_SAFE_INTEGER), cents(1))).toThrow('out of range');
    expect(() => centsFromBigInt(2n ** 53n)).toThrow(BudgetRuleError);
  });

  it('subtracts to a negative difference when asked', () => {
    expect(subtractCents(cents(100), cents(250))).toBe(-150);
  });

  it('names the amount that must not be negative', () => {
    expect(() => nonNegativeCents(cents(-1), 'Award')).toThrow('Award must not be negative');
  });
});
