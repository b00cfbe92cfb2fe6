import { BudgetRuleError } from './budget-error';

declare const centsBrand: unique symbol;

/**
 * An amount of money in integer euro cents.
 *
 * Why a branded `number` and not `bigint`: amounts cross JSON (API ⇄ browser ⇄ worker payloads),
 * where `bigint` cannot be serialised, and `Number.MAX_SAFE_INTEGER` cents is ~€90 trillion, far
 * beyond any municipal budget (hundreds of millions of euro = ~10^10 cents). Every constructor
 * checks `Number.isSafeInteger`, so a float or an overflow can never become `Cents`. Products and
 * quotients (rates, averages) are computed in `bigint` internally (see `scaleCents`) and only the
 * exact, rounded result is converted back.
 */
export type Cents = number & { readonly [centsBrand]: 'Cents' };

export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value)) {
    throw new BudgetRuleError('NOT_SAFE_INTEGER_CENTS', `Not a whole number of cents: ${String(value)}`, { value });
  }
  return value as Cents;
}

export function centsFromBigInt(value: bigint): Cents {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new BudgetRuleError('NOT_SAFE_INTEGER_CENTS', `Amount out of range: ${value.toString()} cents`, {
      value: value.toString(),
    });
  }
  return Number(value) as Cents;
}

/** Rejects negative amounts where the rule speaks of budgets, revenues, allocations or awards. */
export function nonNegativeCents(value: Cents, what: string): Cents {
  if (cents(value) < 0) {
    throw new BudgetRuleError('NEGATIVE_AMOUNT', `${what} must not be negative`, { what, value });
  }
  return value;
}

export function addCents(a: Cents, b: Cents): Cents {
  return centsFromBigInt(BigInt(cents(a)) + BigInt(cents(b)));
}

export function subtractCents(a: Cents, b: Cents): Cents {
  return centsFromBigInt(BigInt(cents(a)) - BigInt(cents(b)));
}

export function sumCents(amounts: readonly Cents[]): Cents {
  return centsFromBigInt(amounts.reduce((sum, amount) => sum + BigInt(cents(amount)), 0n));
}

/** Whole euros to cents, for configuration written in euros (presets, tests). */
export function euros(wholeEuros: number): Cents {
  return centsFromBigInt(BigInt(cents(wholeEuros)) * 100n);
}
