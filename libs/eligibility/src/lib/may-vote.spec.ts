import { parseCalendarDate as d } from './calendar-date';
import { mayVote, VotingCycleRules } from './may-vote';
import { DeclaredResidence, NaturalPerson } from './person';

const DAUGAVPILS = 'daugavpils';
const cycle: VotingCycleRules = { municipalityId: DAUGAVPILS, referenceDate: d('2025-05-10') };

function lives(from: string, to: string | null = null, municipalityId = DAUGAVPILS): DeclaredResidence {
  return { municipalityId, declaredFrom: d(from), declaredTo: to === null ? null : d(to) };
}

function resident(birthDate: string | null, ...residences: DeclaredResidence[]): NaturalPerson {
  return { kind: 'natural', birthDate: birthDate === null ? null : d(birthDate), residences };
}

const LONG_RESIDENT = lives('2010-01-01');

describe('may vote: age on the reference date (16+)', () => {
  it('allows someone exactly 16 on the reference date', () => {
    expect(mayVote(resident('2009-05-10', LONG_RESIDENT), cycle)).toEqual({ eligible: true });
  });

  it('refuses someone 15 years 364 days old', () => {
    expect(mayVote(resident('2009-05-11', LONG_RESIDENT), cycle)).toEqual({
      eligible: false,
      reasons: ['UNDER_MINIMUM_AGE'],
    });
  });

  it('refuses a person with no birth date (new-format code, none in the register) instead of guessing', () => {
    expect(mayVote(resident(null, LONG_RESIDENT), cycle)).toEqual({ eligible: false, reasons: ['NO_BIRTH_DATE'] });
  });

  it('uses the configured minimum age of the municipality', () => {
    const eighteen = { ...cycle, minimumAge: 18 };
    expect(mayVote(resident('2009-05-10', LONG_RESIDENT), eighteen)).toEqual({
      eligible: false,
      reasons: ['UNDER_MINIMUM_AGE'],
    });
    expect(mayVote(resident('2007-05-10', LONG_RESIDENT), eighteen)).toEqual({ eligible: true });
  });

  it.each([
    ['2025-02-28', true],
    ['2025-02-27', false],
  ])('counts a 29 February birthday as 28 February in a common year (reference %s → eligible %s)', (ref, eligible) => {
    // Born 2008-02-29; a minimum age of 17 makes the birthday fall in common-year 2025.
    const result = mayVote(resident('2008-02-29', LONG_RESIDENT), { ...cycle, referenceDate: d(ref), minimumAge: 17 });
    expect(result.eligible).toBe(eligible);
  });
});

describe('may vote: declared residence on the reference date', () => {
  it('refuses someone who moved out the day before', () => {
    expect(mayVote(resident('1980-01-01', lives('2010-01-01', '2025-05-09')), cycle)).toEqual({
      eligible: false,
      reasons: ['RESIDENCE_ENDED'],
    });
  });

  it('allows someone whose declaration ends on the reference date (declared-to is inclusive)', () => {
    expect(mayVote(resident('1980-01-01', lives('2010-01-01', '2025-05-10')), cycle)).toEqual({ eligible: true });
  });

  it('allows someone who moved in on the reference date', () => {
    expect(mayVote(resident('1980-01-01', lives('2025-05-10')), cycle)).toEqual({ eligible: true });
  });

  it('refuses someone whose declaration starts the day after', () => {
    expect(mayVote(resident('1980-01-01', lives('2025-05-11')), cycle)).toEqual({
      eligible: false,
      reasons: ['RESIDENCE_NOT_STARTED'],
    });
  });

  it('refuses someone declared only in another municipality', () => {
    expect(mayVote(resident('1980-01-01', lives('2010-01-01', null, 'riga')), cycle)).toEqual({
      eligible: false,
      reasons: ['NOT_DECLARED_IN_MUNICIPALITY'],
    });
  });

  it('refuses someone with no declared residence at all', () => {
    expect(mayVote(resident('1980-01-01'), cycle)).toEqual({
      eligible: false,
      reasons: ['NOT_DECLARED_IN_MUNICIPALITY'],
    });
  });

  it('allows someone who moved within the city, on the day of the move', () => {
    const moved = resident('1980-01-01', lives('2010-01-01', '2025-05-09'), lives('2025-05-10'));
    expect(mayVote(moved, cycle)).toEqual({ eligible: true });
  });

  it('names both reasons for someone away on the date who moves back later', () => {
    const away = resident('1980-01-01', lives('2010-01-01', '2020-12-31'), lives('2025-06-01'));
    expect(mayVote(away, cycle)).toEqual({ eligible: false, reasons: ['RESIDENCE_ENDED', 'RESIDENCE_NOT_STARTED'] });
  });
});

describe('may vote: every reason at once, and legal persons', () => {
  it('lists age and residence reasons together', () => {
    expect(mayVote(resident('2012-01-01', lives('2010-01-01', '2024-12-31')), cycle)).toEqual({
      eligible: false,
      reasons: ['UNDER_MINIMUM_AGE', 'RESIDENCE_ENDED'],
    });
    expect(mayVote(resident(null), cycle)).toEqual({
      eligible: false,
      reasons: ['NO_BIRTH_DATE', 'NOT_DECLARED_IN_MUNICIPALITY'],
    });
  });

  it('refuses an association: only natural persons vote', () => {
    expect(mayVote({ kind: 'legal', legalForm: 'association' }, cycle)).toEqual({
      eligible: false,
      reasons: ['NOT_NATURAL_PERSON'],
    });
  });
});
