import { BudgetRuleError } from './budget-error';
import { cents, euros } from './cents';
import { checkPbBudgetAgainstFloor, computePbFloor, PbFloor, YearlyTaxRevenue } from './pb-floor';
import { basisPoints } from './rate';

// Illustrative figures, not Daugavpils' real revenue.
const revenues2026: YearlyTaxRevenue[] = [
  { year: 2025, personalIncomeTax: euros(45_000_000), realEstateTax: cents(320_000_001) },
  { year: 2023, personalIncomeTax: euros(40_000_000), realEstateTax: euros(3_000_000) },
  { year: 2024, personalIncomeTax: euros(42_000_000), realEstateTax: euros(3_100_000) },
];

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof BudgetRuleError ? error.code : 'NOT_A_BUDGET_RULE_ERROR';
  }
  return undefined;
}

describe('the legal PB floor (Local Government Law Art. 59(2))', () => {
  it('is 0.5 % of the average PIT + RET of the three preceding years, rounded up to the cent', () => {
    // total €136,300,000.01 → × 0.005 / 3 = €227,166.6666683… → €227,166.67
    expect(computePbFloor({ budgetYear: 2026, revenues: revenues2026 })).toEqual({
      budgetYear: 2026,
      rate: 50,
      threeYearTotal: 13_630_000_001,
      floor: 22_716_667,
    });
  });

  it('rounds up even when the fraction is below half a cent, because the law says "at least"', () => {
    const tiny = [2023, 2024, 2025].map((year) => ({
      year,
      personalIncomeTax: cents(20_000),
      realEstateTax: cents(0),
    }));
    tiny[0] = { ...tiny[0], realEstateTax: cents(1) }; // total 60,001 cents → 100.0017 cents
    expect(computePbFloor({ budgetYear: 2026, revenues: tiny }).floor).toBe(101);
  });

  it('does not round a floor that is already whole', () => {
    const even = [2023, 2024, 2025].map((year) => ({
      year,
      personalIncomeTax: euros(1_000_000),
      realEstateTax: euros(200_000),
    }));
    expect(computePbFloor({ budgetYear: 2026, revenues: even }).floor).toBe(euros(6_000));
  });

  it('uses a configured higher rate for the year', () => {
    expect(computePbFloor({ budgetYear: 2031, revenues: shiftYears(5), rate: basisPoints(100) }).floor).toBe(
      45_433_334,
    );
  });

  it('accepts a rate below 0.5 % during the transition up to 2029', () => {
    expect(computePbFloor({ budgetYear: 2026, revenues: revenues2026, rate: basisPoints(25) }).floor).toBe(11_358_334);
  });

  it('refuses a rate below 0.5 % after 2029', () => {
    expect(codeOf(() => computePbFloor({ budgetYear: 2030, revenues: shiftYears(4), rate: basisPoints(25) }))).toBe(
      'RATE_BELOW_STATUTORY_AFTER_TRANSITION',
    );
  });

  it.each([
    ['two years', revenues2026.slice(0, 2), 'WRONG_NUMBER_OF_YEARS'],
    ['four years', [...revenues2026, { ...revenues2026[0], year: 2022 }], 'WRONG_NUMBER_OF_YEARS'],
    ['the budget year itself', [...revenues2026.slice(0, 2), { ...revenues2026[2], year: 2026 }], 'UNEXPECTED_YEAR'],
    ['a year too early', [...revenues2026.slice(0, 2), { ...revenues2026[2], year: 2022 }], 'UNEXPECTED_YEAR'],
    ['a year twice', [...revenues2026.slice(0, 2), { ...revenues2026[2], year: 2025 }], 'DUPLICATE_YEAR'],
    [
      'a negative revenue',
      [...revenues2026.slice(0, 2), { ...revenues2026[2], realEstateTax: cents(-1) }],
      'NEGATIVE_AMOUNT',
    ],
  ])('refuses revenues with %s', (_label, revenues, code) => {
    expect(codeOf(() => computePbFloor({ budgetYear: 2026, revenues }))).toBe(code);
  });
});

describe('checking a PB budget against the floor', () => {
  const floor: PbFloor = computePbFloor({ budgetYear: 2026, revenues: revenues2026 });

  it('passes a budget exactly at the floor', () => {
    expect(checkPbBudgetAgainstFloor(cents(22_716_667), floor)).toEqual({ status: 'ok', surplus: 0 });
  });

  it('passes the Daugavpils-sized budget above the floor and reports the surplus', () => {
    expect(checkPbBudgetAgainstFloor(cents(28_736_744), floor)).toEqual({ status: 'ok', surplus: 6_020_077 });
  });

  it('reports a budget one cent short with its shortfall', () => {
    expect(checkPbBudgetAgainstFloor(cents(22_716_666), floor)).toEqual({ status: 'below-floor', shortfall: 1 });
  });

  it('accepts a shortfall when the transitional exception is recorded with a reason', () => {
    const exception = { budgetYear: 2026, reason: 'Council decision to phase in the PB', decisionReference: 'Nr. 12' };
    expect(checkPbBudgetAgainstFloor(euros(100_000), floor, exception)).toEqual({
      status: 'below-floor-excepted',
      shortfall: 12_716_667,
      exception,
    });
  });

  it.each([
    ['without a reason', { budgetYear: 2026, reason: '  ' }, floor, 'EXCEPTION_REASON_MISSING'],
    ['for another year', { budgetYear: 2025, reason: 'phase-in' }, floor, 'EXCEPTION_YEAR_MISMATCH'],
    [
      'after 2029',
      { budgetYear: 2030, reason: 'phase-in' },
      computePbFloor({ budgetYear: 2030, revenues: shiftYears(4) }),
      'EXCEPTION_AFTER_TRANSITION',
    ],
  ])('ignores an exception %s and says why', (_label, exception, theFloor, problem) => {
    const result = checkPbBudgetAgainstFloor(euros(100_000), theFloor, exception);
    expect(result).toMatchObject({ status: 'below-floor', exceptionProblem: problem });
  });
});

function shiftYears(by: number): YearlyTaxRevenue[] {
  return revenues2026.map((r) => ({ ...r, year: r.year + by }));
}
