import { BudgetRuleError } from './budget-error';
import { cents, euros } from './cents';
import { basisPoints } from './rate';
import { canAward, remainingYouthFund, validateYouthFundAllocation, youthFundBand } from './youth-fund';

const budget2024 = euros(138_000_000); // DOMAIN.md: 2024 planned revenue €138 M

describe('the youth initiative fund band (0.1 %–0.4 % of the municipal budget)', () => {
  it('is €138k–€552k for the €138 M example in DOMAIN.md', () => {
    expect(youthFundBand(budget2024)).toEqual({ min: euros(138_000), max: euros(552_000) });
  });

  it('rounds the minimum up and the maximum down so the band stays inside the exact percentages', () => {
    // 0.1 % of 1,234,567 cents = 1,234.567; 0.4 % = 4,938.268
    expect(youthFundBand(cents(1_234_567))).toEqual({ min: 1235, max: 4938 });
  });

  it('takes other rates from configuration', () => {
    expect(youthFundBand(budget2024, { min: basisPoints(20), max: basisPoints(30) })).toEqual({
      min: euros(276_000),
      max: euros(414_000),
    });
  });

  it('refuses a band whose minimum is above its maximum', () => {
    expect(() => youthFundBand(budget2024, { min: basisPoints(40), max: basisPoints(10) })).toThrow(BudgetRuleError);
  });
});

describe('validating the allocation', () => {
  it.each([euros(138_000), euros(300_000), euros(552_000)])('accepts %d cents, inside the band', (allocation) => {
    expect(validateYouthFundAllocation(allocation, budget2024)).toEqual({
      ok: true,
      band: { min: euros(138_000), max: euros(552_000) },
    });
  });

  it('rejects one cent below the band with a message giving the band', () => {
    const result = validateYouthFundAllocation(cents(13_799_999), budget2024);
    expect(result).toMatchObject({ ok: false, code: 'BELOW_YOUTH_FUND_BAND' });
    expect(!result.ok && result.message).toBe(
      'The youth fund allocation €137,999.99 is below the allowed band €138,000.00–€552,000.00 (0.1 %–0.4 % of the municipal budget €138,000,000.00)',
    );
  });

  it('rejects one cent above the band', () => {
    expect(validateYouthFundAllocation(cents(55_200_001), budget2024)).toMatchObject({
      ok: false,
      code: 'ABOVE_YOUTH_FUND_BAND',
      band: { max: euros(552_000) },
    });
  });
});

describe('awards against the allocation', () => {
  const allocation = euros(3_000);

  it('leaves the allocation minus the awards', () => {
    expect(remainingYouthFund(allocation, [euros(1_000), cents(70_050)])).toBe(129_950);
  });

  it('treats an inconsistent past (awards above the allocation) as a broken invariant', () => {
    expect(() => remainingYouthFund(allocation, [euros(2_000), euros(1_000), cents(1)])).toThrow(
      'more than the allocation',
    );
  });

  it('allows an award that uses up the fund to the cent', () => {
    expect(canAward(allocation, [euros(1_000), euros(1_000)], euros(1_000))).toEqual({ ok: true, remainingAfter: 0 });
  });

  it('refuses an award one cent too large and says what is left', () => {
    expect(canAward(allocation, [euros(1_000), euros(1_000)], cents(100_001))).toEqual({
      ok: false,
      code: 'EXCEEDS_REMAINING_FUND',
      remaining: euros(1_000),
      message: "The award €1,000.01 exceeds the €1,000.00 left in this year's youth fund",
    });
  });

  it('refuses a zero award', () => {
    expect(canAward(allocation, [], cents(0))).toMatchObject({ ok: false, code: 'AWARD_NOT_POSITIVE' });
  });

  it('keeps many small awards exact: 300 awards of €10.01 fit €3,003.00 and not one cent more', () => {
    const awards = Array.from({ length: 299 }, () => cents(1001));
    expect(canAward(euros(3_003), awards, cents(1001))).toEqual({ ok: true, remainingAfter: 0 });
    expect(canAward(cents(300_299), awards, cents(1001))).toMatchObject({ ok: false, remaining: 1000 });
  });
});
