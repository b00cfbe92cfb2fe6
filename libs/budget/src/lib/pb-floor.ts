import { BudgetRuleError } from './budget-error';
import { Cents, nonNegativeCents, subtractCents, sumCents } from './cents';
import { BASIS_POINTS_PER_WHOLE, BasisPoints, basisPoints, scaleCents } from './rate';

/** Local Government Law (Pašvaldību likums) Art. 59(2): at least 0.5 % — the statutory rate. */
export const STATUTORY_PB_FLOOR_RATE: BasisPoints = basisPoints(50);

/**
 * The 2024 amendment lets a municipality budget less than the statutory floor until 2029
 * (DOMAIN.md, "Participatory budget"); from 2030 the floor is absolute.
 */
export const PB_FLOOR_TRANSITION_LAST_YEAR = 2029;

/** Actual revenue of one year from the two taxes Art. 59(2) names. */
export interface YearlyTaxRevenue {
  year: number;
  personalIncomeTax: Cents;
  realEstateTax: Cents;
}

export interface PbFloorInput {
  budgetYear: number;
  /** Exactly the three years before `budgetYear`, in any order. */
  revenues: readonly YearlyTaxRevenue[];
  /** The rate configured for this budget year; default the statutory 0.5 %. */
  rate?: BasisPoints;
}

export interface PbFloor {
  budgetYear: number;
  rate: BasisPoints;
  /** PIT + RET over the three years; the floor is `threeYearTotal × rate / 3`, rounded up once. */
  threeYearTotal: Cents;
  floor: Cents;
}

/**
 * Art. 59(2): the PB gets at least `rate` of the average yearly actual PIT + RET revenue of the
 * three preceding years.
 *
 * Rounding: the exact value `total × rate / 3` is rounded UP to the cent, once. The law says
 * "at least", so a floor rounded down could let a budget one cent short pass as lawful; the
 * average is never rounded on its own, because rounding twice can move the result by a cent.
 *
 * A rate below the statutory 0.5 % is accepted only for budget years up to 2029 (the 2024
 * transitional amendment); higher rates are always allowed — a council may promise more.
 */
export function computePbFloor(input: PbFloorInput): PbFloor {
  const rate = basisPoints(input.rate ?? STATUTORY_PB_FLOOR_RATE);
  if (rate < STATUTORY_PB_FLOOR_RATE && input.budgetYear > PB_FLOOR_TRANSITION_LAST_YEAR) {
    throw new BudgetRuleError(
      'RATE_BELOW_STATUTORY_AFTER_TRANSITION',
      `A PB floor rate below 0.5 % is allowed only until ${PB_FLOOR_TRANSITION_LAST_YEAR}; the budget year is ${input.budgetYear}`,
      { budgetYear: input.budgetYear, rate },
    );
  }
  assertThreePrecedingYears(input.budgetYear, input.revenues);
  const threeYearTotal = sumCents(
    input.revenues.flatMap((r) => [
      nonNegativeCents(r.personalIncomeTax, `Personal income tax ${r.year}`),
      nonNegativeCents(r.realEstateTax, `Real-estate tax ${r.year}`),
    ]),
  );
  const floor = scaleCents(threeYearTotal, BigInt(rate), BASIS_POINTS_PER_WHOLE * 3n, 'up');
  return { budgetYear: input.budgetYear, rate, threeYearTotal, floor };
}

function assertThreePrecedingYears(budgetYear: number, revenues: readonly YearlyTaxRevenue[]): void {
  const expected = [budgetYear - 3, budgetYear - 2, budgetYear - 1];
  if (revenues.length !== 3) {
    throw new BudgetRuleError(
      'WRONG_NUMBER_OF_YEARS',
      `Give the revenue of exactly the three years ${expected.join(', ')}`,
      {
        expected,
        given: revenues.map((r) => r.year),
      },
    );
  }
  const seen = new Set<number>();
  for (const { year } of revenues) {
    if (seen.has(year)) {
      throw new BudgetRuleError('DUPLICATE_YEAR', `The revenue of ${year} is given twice`, { year });
    }
    seen.add(year);
    if (!expected.includes(year)) {
      throw new BudgetRuleError('UNEXPECTED_YEAR', `${year} is not one of the three years before ${budgetYear}`, {
        year,
        expected,
      });
    }
  }
}

/** The recorded decision to budget below the floor under the 2024 transitional amendment. */
export interface PbFloorException {
  budgetYear: number;
  /** Why; required and shown publicly next to the floor. */
  reason: string;
  /** The council decision it rests on, e.g. "Dome 2025-01-30 lēmums Nr. 12". */
  decisionReference?: string;
}

export type PbFloorExceptionProblem =
  'EXCEPTION_AFTER_TRANSITION' | 'EXCEPTION_YEAR_MISMATCH' | 'EXCEPTION_REASON_MISSING';

export type PbFloorCheck =
  | { status: 'ok'; surplus: Cents }
  | { status: 'below-floor'; shortfall: Cents; exceptionProblem?: PbFloorExceptionProblem }
  | { status: 'below-floor-excepted'; shortfall: Cents; exception: PbFloorException };

/**
 * Whether a cycle's PB budget may be published (DOMAIN.md: "refuses to publish a cycle below it
 * unless the configured exception is recorded"). An exception counts only with a reason, for the
 * floor's own budget year, and only up to 2029; otherwise the result says why it was ignored.
 */
export function checkPbBudgetAgainstFloor(budget: Cents, floor: PbFloor, exception?: PbFloorException): PbFloorCheck {
  nonNegativeCents(budget, 'PB budget');
  if (budget >= floor.floor) {
    return { status: 'ok', surplus: subtractCents(budget, floor.floor) };
  }
  const shortfall = subtractCents(floor.floor, budget);
  if (!exception) {
    return { status: 'below-floor', shortfall };
  }
  const problem = exceptionProblem(exception, floor.budgetYear);
  return problem
    ? { status: 'below-floor', shortfall, exceptionProblem: problem }
    : { status: 'below-floor-excepted', shortfall, exception };
}

function exceptionProblem(exception: PbFloorException, budgetYear: number): PbFloorExceptionProblem | null {
  if (exception.budgetYear !== budgetYear) {
    return 'EXCEPTION_YEAR_MISMATCH';
  }
  if (exception.budgetYear > PB_FLOOR_TRANSITION_LAST_YEAR) {
    return 'EXCEPTION_AFTER_TRANSITION';
  }
  return exception.reason.trim() === '' ? 'EXCEPTION_REASON_MISSING' : null;
}
