import { parseCalendarDate as d } from './calendar-date';
import {
  responsibleAdultEligibility,
  YouthAccountEligibility,
  YOUTH_LAW_2026_BOUNDS,
  YOUTH_LAW_BOUNDS,
  youthAccountEligibility,
  youthGroupEligibility,
} from './youth';

const today = d('2025-09-01');

describe('youth account eligibility (Youth Law 13–25)', () => {
  it.each<[string, YouthAccountEligibility, string]>([
    ['2012-09-02', { eligible: false, reasons: ['BELOW_YOUTH_AGE'] }, '12, a day short of 13'],
    ['2012-09-01', { eligible: true, age: 13, conditions: ['REQUIRES_RESPONSIBLE_ADULT'] }, '13 today'],
    ['2010-03-15', { eligible: true, age: 15, conditions: ['REQUIRES_RESPONSIBLE_ADULT'] }, '15'],
    ['2007-09-02', { eligible: true, age: 17, conditions: ['REQUIRES_RESPONSIBLE_ADULT'] }, '17, a day short of 18'],
    ['2007-09-01', { eligible: true, age: 18, conditions: [] }, '18 today'],
    ['1999-09-02', { eligible: true, age: 25, conditions: [] }, '25, the last day before 26'],
    ['1999-09-01', { eligible: false, reasons: ['ABOVE_YOUTH_AGE'] }, '26 today'],
    ['2026-01-01', { eligible: false, reasons: ['BIRTH_DATE_IN_FUTURE'] }, 'not born yet'],
  ])('born %s → %j (%s)', (birth, expected) => {
    expect(youthAccountEligibility(d(birth), today)).toEqual(expected);
  });

  it('accepts a 28-year-old under the 2026 amendment preset (13–30) but not under the Youth Law default', () => {
    expect(youthAccountEligibility(d('1997-01-01'), today, YOUTH_LAW_2026_BOUNDS)).toEqual({
      eligible: true,
      age: 28,
      conditions: [],
    });
    expect(youthAccountEligibility(d('1997-01-01'), today, YOUTH_LAW_BOUNDS)).toEqual({
      eligible: false,
      reasons: ['ABOVE_YOUTH_AGE'],
    });
  });

  it('refuses nonsensical bounds from configuration', () => {
    expect(() => youthAccountEligibility(d('2010-01-01'), today, { minAge: 20, maxAge: 13 })).toThrow('0 ≤ min ≤ max');
  });
});

describe('responsible adult eligibility (18+)', () => {
  it.each([
    ['2007-09-01', { eligible: true }],
    ['2007-09-02', { eligible: false, reasons: ['UNDER_AGE_OF_MAJORITY'] }],
    ['2030-01-01', { eligible: false, reasons: ['BIRTH_DATE_IN_FUTURE'] }],
  ])('born %s → %j', (birth, expected) => {
    expect(responsibleAdultEligibility(d(birth), today)).toEqual(expected);
  });

  it('lets someone born 29 Feb 2008 co-sign from 28 Feb 2026', () => {
    expect(responsibleAdultEligibility(d('2008-02-29'), d('2026-02-28'))).toEqual({ eligible: true });
    expect(responsibleAdultEligibility(d('2008-02-29'), d('2026-02-27')).eligible).toBe(false);
  });
});

describe('informal youth group eligibility', () => {
  const adult = (id: string) => ({ id, birthDate: d('2000-01-01') });
  const minor = (id: string) => ({ id, birthDate: d('2010-01-01') });

  it('accepts three adults within the bounds with no conditions', () => {
    expect(youthGroupEligibility([adult('a'), adult('b'), adult('c')], today)).toEqual({
      eligible: true,
      conditions: [],
    });
  });

  it('needs a responsible adult when any member is under 18', () => {
    expect(youthGroupEligibility([adult('a'), adult('b'), minor('c')], today)).toEqual({
      eligible: true,
      conditions: ['REQUIRES_RESPONSIBLE_ADULT'],
    });
  });

  it('refuses two members', () => {
    expect(youthGroupEligibility([adult('a'), adult('b')], today)).toEqual({
      eligible: false,
      reasons: ['TOO_FEW_MEMBERS'],
      members: [],
    });
  });

  it('does not count the same person twice towards three', () => {
    expect(youthGroupEligibility([adult('a'), adult('b'), adult('a')], today)).toEqual({
      eligible: false,
      reasons: ['TOO_FEW_MEMBERS', 'DUPLICATE_MEMBER'],
      members: [],
    });
  });

  it('names each member outside the bounds', () => {
    const group = [adult('a'), { id: 'kid', birthDate: d('2014-01-01') }, { id: 'elder', birthDate: d('1990-01-01') }];
    expect(youthGroupEligibility(group, today)).toEqual({
      eligible: false,
      reasons: ['MEMBER_OUTSIDE_YOUTH_AGE'],
      members: [
        { id: 'kid', reason: 'BELOW_YOUTH_AGE' },
        { id: 'elder', reason: 'ABOVE_YOUTH_AGE' },
      ],
    });
  });

  it('accepts the 29-year-old under the 2026 preset', () => {
    const group = [adult('a'), adult('b'), { id: 'c', birthDate: d('1996-01-01') }];
    expect(youthGroupEligibility(group, today, YOUTH_LAW_2026_BOUNDS)).toEqual({ eligible: true, conditions: [] });
  });
});
