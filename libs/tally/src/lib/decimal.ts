import { TallyError } from './errors';

/**
 * Exact decimal amounts. Budgets and costs in .pb files may carry decimals ("400000.0", "12,5"); we keep
 * them as an integer count of 10^-scale units so every comparison and sum is exact BigInt arithmetic.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL = /^([+-]?)(\d*)(?:[.,](\d*))?$/;

/** Parses `12`, `12.50`, `12,5` (the README allows a comma as decimal separator). */
export function parseDecimal(text: string): Decimal {
  const match = DECIMAL.exec(text.trim());
  const whole = match?.[2] ?? '';
  const fraction = match?.[3] ?? '';
  if (match === null || whole.length + fraction.length === 0) {
    throw new TallyError('bad-number', `"${text}" is not a decimal number`);
  }
  const digits = BigInt(whole + fraction);
  return { units: match[1] === '-' ? -digits : digits, scale: fraction.length };
}

/** The same amount expressed with `scale` decimals; `scale` must not lose digits. */
export function rescale(value: Decimal, scale: number): bigint {
  if (scale < value.scale) {
    throw new RangeError(`cannot rescale ${value.scale} decimals down to ${scale}`);
  }
  return value.units * 10n ** BigInt(scale - value.scale);
}

/** Canonical text: no trailing fractional zeros, so "400000.0" and "400000" print alike. */
export function formatUnits(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return (negative ? '-' : '') + whole + (fraction === '' ? '' : `.${fraction}`);
}

/** A whole number written in any decimal form ("3", "3.0"), as a JS number (points, lengths, limits). */
export function parseWholeNumber(text: string): number {
  const value = parseDecimal(text);
  const unit = 10n ** BigInt(value.scale);
  const whole = value.units / unit;
  if (
    value.units % unit !== 0n ||
    whole > BigInt(Number.MAX_SAFE_INTEGER) ||
    -whole > BigInt(Number.MAX_SAFE_INTEGER)
  ) {
    throw new TallyError('bad-number', `"${text}" is not a whole number`);
  }
  return Number(whole);
}
