import { adultAgeCheck, youthAgeCheck } from './age';

/** Noon in Riga on 22 November 2026. */
const NOW = new Date('2026-11-22T10:00:00Z');

describe('youthAgeCheck', () => {
  it.each([
    ['', { kind: 'unknown' }],
    ['2026-02-30', { kind: 'unknown' }],
    ['2013-11-23', { kind: 'refused', reason: 'BELOW_YOUTH_AGE' }],
    ['2013-11-22', { kind: 'needs-adult', age: 13 }],
    ['2011-05-01', { kind: 'needs-adult', age: 15 }],
    ['2008-11-23', { kind: 'needs-adult', age: 17 }],
    ['2008-11-22', { kind: 'adult', age: 18 }],
    ['1990-01-01', { kind: 'adult', age: 36 }],
    ['2027-01-01', { kind: 'refused', reason: 'BIRTH_DATE_IN_FUTURE' }],
  ])('%s → %j', (birthDate, expected) => {
    expect(youthAgeCheck(birthDate, NOW)).toEqual(expected);
  });
});

describe('adultAgeCheck', () => {
  it.each([
    ['2008-11-22', 'adult'],
    ['2008-11-23', 'under-age'],
    ['2030-01-01', 'future'],
    ['22.11.1980', 'adult'],
    ['nonsense', 'unknown'],
  ])('%s → %s', (birthDate, expected) => {
    expect(adultAgeCheck(birthDate, NOW)).toBe(expected);
  });
});
