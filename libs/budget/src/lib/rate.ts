import { BudgetRuleError } from './budget-error';
import { Cents, centsFromBigInt, nonNegativeCents } from './cents';

declare const basisPointsBrand: unique symbol;

/**
 * A percentage as an integer number of basis points (1 bp = 0.01 %, so 0.5 % = 50 bp,
 * 0.1 % = 10 bp). Integers keep every rate exact: 0.1 % as a float is not 0.001, and a float
 * rate times a revenue in the hundreds of millions would be off by cents.
 */
export type BasisPoints = number & { readonly [basisPointsBrand]: 'BasisPoints' };

export const BASIS_POINTS_PER_WHOLE = 10_000n;

export function basisPoints(value: number): BasisPoints {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new BudgetRuleError(
      'INVALID_RATE',
      `A rate must be a non-negative whole number of basis points: ${String(value)}`,
      {
        value,
      },
    );
  }
  return value as BasisPoints;
}

/** Parses a percentage written by a person ("0.5", "0,5", "0.25 %") into basis points, exactly. */
export function percentToBasisPoints(text: string): BasisPoints {
  const match = /^\s*(\d{1,4})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!match) {
    throw new BudgetRuleError('INVALID_RATE', `Not a percentage with at most two decimals: "${text}"`, { text });
  }
  const [, whole = '0', fraction = ''] = match;
  return basisPoints(Number(whole) * 100 + Number(fraction.padEnd(2, '0')));
}

export function formatBasisPointsAsPercent(rate: BasisPoints): string {
  const fraction = String(rate % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${Math.floor(rate / 100)}${fraction ? `.${fraction}` : ''} %`;
}

export type Rounding = 'up' | 'down';

/**
 * Exact `amount × numerator / denominator`, rounded once at the end in the given direction.
 * All intermediate values are `bigint`, so nothing overflows or loses precision before rounding.
 */
export function scaleCents(amount: Cents, numerator: bigint, denominator: bigint, rounding: Rounding): Cents {
  const product = BigInt(nonNegativeCents(amount, 'amount')) * numerator;
  const quotient = product / denominator;
  const exact = quotient * denominator === product;
  return centsFromBigInt(rounding === 'up' && !exact ? quotient + 1n : quotient);
}

/** `amount × rate`, rounded once in the given direction. */
export function applyRate(amount: Cents, rate: BasisPoints, rounding: Rounding): Cents {
  return scaleCents(amount, BigInt(basisPoints(rate)), BASIS_POINTS_PER_WHOLE, rounding);
}
