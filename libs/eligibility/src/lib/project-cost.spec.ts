import { cents, euros } from '@balss/budget';
import { checkProjectCost, PROJECT_COST_PRESETS } from './project-cost';

describe('project cost limits (configuration, not code)', () => {
  const { riga, valmiera, daugavpils } = PROJECT_COST_PRESETS;

  it.each([
    ['Riga at its €70,000 cap', euros(70_000), riga, { eligible: true }],
    ['Riga one cent over', cents(7_000_001), riga, { eligible: false, reasons: ['ABOVE_MAX_COST'] }],
    ['Daugavpils, no per-project cap', euros(250_000), daugavpils, { eligible: true }],
    ['a zero cost anywhere', cents(0), daugavpils, { eligible: false, reasons: ['COST_NOT_POSITIVE'] }],
  ])('%s', (_label, cost, limits, expected) => {
    expect(checkProjectCost({ cost }, limits)).toEqual(expected);
  });

  it.each([
    ['at €5,000 with upkeep of exactly 10 %', euros(5_000), euros(500), { eligible: true }],
    ['at €50,000 with no upkeep', euros(50_000), cents(0), { eligible: true }],
    ['one cent below €5,000', cents(499_999), cents(0), { eligible: false, reasons: ['BELOW_MIN_COST'] }],
    ['over €50,000', euros(50_001), cents(0), { eligible: false, reasons: ['ABOVE_MAX_COST'] }],
    [
      'with upkeep one cent above 10 %',
      euros(20_000),
      cents(200_001),
      { eligible: false, reasons: ['UPKEEP_ABOVE_LIMIT'] },
    ],
  ])('Valmiera: %s', (_label, cost, annualUpkeep, expected) => {
    expect(checkProjectCost({ cost, annualUpkeep }, valmiera)).toEqual(expected);
  });

  it('asks for the upkeep where an upkeep limit is configured', () => {
    expect(checkProjectCost({ cost: euros(10_000) }, valmiera)).toEqual({
      eligible: false,
      reasons: ['UPKEEP_NOT_STATED'],
    });
  });

  it('lists every broken limit at once', () => {
    expect(checkProjectCost({ cost: euros(60_000), annualUpkeep: euros(7_000) }, valmiera)).toEqual({
      eligible: false,
      reasons: ['ABOVE_MAX_COST', 'UPKEEP_ABOVE_LIMIT'],
    });
  });
});
