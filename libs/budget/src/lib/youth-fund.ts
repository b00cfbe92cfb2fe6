import { BudgetRuleError } from './budget-error';
import { Cents, nonNegativeCents, subtractCents, sumCents } from './cents';
import { formatCents } from './money-format';
import { BasisPoints, applyRate, basisPoints, formatBasisPointsAsPercent } from './rate';

/** The fund's allocation as a share of the municipal annual budget (IAP activity A2.1, DOMAIN.md). */
export interface YouthFundRates {
  min: BasisPoints;
  max: BasisPoints;
}

/** 0.1 %–0.4 % of the municipal annual budget (Daugavpils IAP 2026–2034, activity A2.1). */
export const DEFAULT_YOUTH_FUND_RATES: YouthFundRates = { min: basisPoints(10), max: basisPoints(40) };

export interface YouthFundBand {
  min: Cents;
  max: Cents;
}

/**
 * The allowed allocation in whole cents. `min` is rounded UP and `max` DOWN, so every whole-cent
 * amount inside [min, max] lies inside the exact band 0.1 %–0.4 %: rounding min down would admit
 * an allocation a fraction of a cent below 0.1 %, rounding max up one above 0.4 %.
 */
export function youthFundBand(municipalBudget: Cents, rates: YouthFundRates = DEFAULT_YOUTH_FUND_RATES): YouthFundBand {
  if (basisPoints(rates.min) > basisPoints(rates.max)) {
    throw new BudgetRuleError('INVALID_BAND', 'The youth fund band minimum is above its maximum', { ...rates });
  }
  nonNegativeCents(municipalBudget, 'Municipal budget');
  return { min: applyRate(municipalBudget, rates.min, 'up'), max: applyRate(municipalBudget, rates.max, 'down') };
}

export type YouthFundAllocationCheck =
  | { ok: true; band: YouthFundBand }
  | { ok: false; code: 'BELOW_YOUTH_FUND_BAND' | 'ABOVE_YOUTH_FUND_BAND'; band: YouthFundBand; message: string };

/**
 * DOMAIN.md "Youth initiative fund": an allocation outside the band is rejected with a clear
 * message. The message is English for logs and API details; the UI translates by `code` + `band`.
 */
export function validateYouthFundAllocation(
  allocation: Cents,
  municipalBudget: Cents,
  rates: YouthFundRates = DEFAULT_YOUTH_FUND_RATES,
): YouthFundAllocationCheck {
  nonNegativeCents(allocation, 'Youth fund allocation');
  const band = youthFundBand(municipalBudget, rates);
  if (allocation >= band.min && allocation <= band.max) {
    return { ok: true, band };
  }
  const code = allocation < band.min ? 'BELOW_YOUTH_FUND_BAND' : 'ABOVE_YOUTH_FUND_BAND';
  const message =
    `The youth fund allocation ${formatCents(allocation, 'en')} is ${code === 'BELOW_YOUTH_FUND_BAND' ? 'below' : 'above'} ` +
    `the allowed band ${formatCents(band.min, 'en')}–${formatCents(band.max, 'en')} ` +
    `(${formatBasisPointsAsPercent(rates.min)}–${formatBasisPointsAsPercent(rates.max)} of the municipal budget ${formatCents(municipalBudget, 'en')})`;
  return { ok: false, code, band, message };
}

/**
 * What is left of a year's allocation. Awards that already exceed it are a broken invariant
 * ("awards in a year can never add up to more than that year's allocation"), so this throws.
 */
export function remainingYouthFund(allocation: Cents, awards: readonly Cents[]): Cents {
  nonNegativeCents(allocation, 'Youth fund allocation');
  const awarded = sumCents(awards.map((award) => nonNegativeCents(award, 'Award')));
  if (awarded > allocation) {
    throw new BudgetRuleError('AWARDS_EXCEED_ALLOCATION', 'Awards add up to more than the allocation', {
      allocation,
      awarded,
    });
  }
  return subtractCents(allocation, awarded);
}

export type CanAwardResult =
  | { ok: true; remainingAfter: Cents }
  | { ok: false; code: 'AWARD_NOT_POSITIVE' | 'EXCEEDS_REMAINING_FUND'; remaining: Cents; message: string };

/** Whether one more award fits the year's allocation, in exact integer cents. */
export function canAward(allocation: Cents, awarded: readonly Cents[], newAward: Cents): CanAwardResult {
  const remaining = remainingYouthFund(allocation, awarded);
  if (newAward <= 0) {
    return { ok: false, code: 'AWARD_NOT_POSITIVE', remaining, message: 'An award must be more than €0.00' };
  }
  if (newAward > remaining) {
    const message = `The award ${formatCents(newAward, 'en')} exceeds the ${formatCents(remaining, 'en')} left in this year's youth fund`;
    return { ok: false, code: 'EXCEEDS_REMAINING_FUND', remaining, message };
  }
  return { ok: true, remainingAfter: subtractCents(remaining, newAward) };
}
