/**
 * Every rule failure in this lib is a `BudgetRuleError` carrying a stable `code`, so the API can map
 * the kind to a status and the browser can pick a translated message; `details` holds the numbers.
 */
export type BudgetErrorCode =
  | 'NOT_SAFE_INTEGER_CENTS'
  | 'NEGATIVE_AMOUNT'
  | 'INVALID_RATE'
  | 'WRONG_NUMBER_OF_YEARS'
  | 'UNEXPECTED_YEAR'
  | 'DUPLICATE_YEAR'
  | 'RATE_BELOW_STATUTORY_AFTER_TRANSITION'
  | 'INVALID_BAND'
  | 'AWARDS_EXCEED_ALLOCATION';

export class BudgetRuleError extends Error {
  override readonly name = 'BudgetRuleError';

  constructor(
    readonly code: BudgetErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}
