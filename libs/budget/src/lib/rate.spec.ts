import { cents } from './cents';
import { applyRate, basisPoints, formatBasisPointsAsPercent, percentToBasisPoints, scaleCents } from './rate';

describe('rates in basis points', () => {
  it.each([
    ['0.5', 50],
    ['0,5', 50],
    ['0.25 %', 25],
    ['0.1%', 10],
    ['10', 1000],
    ['100', 10000],
  ])('reads %j as %d basis points', (text, expected) => {
    expect(percentToBasisPoints(text)).toBe(expected);
  });

  it.each(['', '0.125', '-1', 'half', '0.5.1'])('refuses %j', (text) => {
    expect(() => percentToBasisPoints(text)).toThrow('Not a percentage');
  });

  it('refuses a fractional or negative number of basis points', () => {
    expect(() => basisPoints(0.5)).toThrow('whole number of basis points');
    expect(() => basisPoints(-10)).toThrow('whole number of basis points');
  });

  it.each([
    [50, '0.5 %'],
    [10, '0.1 %'],
    [1000, '10 %'],
    [25, '0.25 %'],
  ])('writes %d bp as %j', (rate, expected) => {
    expect(formatBasisPointsAsPercent(basisPoints(rate))).toBe(expected);
  });

  it('rounds once, in the requested direction, only when the result is not whole', () => {
    expect(applyRate(cents(1_234_567), basisPoints(10), 'up')).toBe(1235);
    expect(applyRate(cents(1_234_567), basisPoints(10), 'down')).toBe(1234);
    expect(applyRate(cents(1_000_000), basisPoints(10), 'up')).toBe(1000);
  });

  it('stays exact when the intermediate product exceeds 2^53', () => {
    // 9e15 × 9999 overflows doubles; bigint keeps it exact.
    expect(scaleCents(cents(9_000_000_000_000_001), 9999n, 10_000n, 'down')).toBe(8_999_100_000_000_000);
  });
});
