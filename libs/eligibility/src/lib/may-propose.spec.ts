import { parseCalendarDate as d } from './calendar-date';
import { mayPropose } from './may-propose';
import { LegalForm } from './person';

const today = d('2025-03-01');

describe('may propose', () => {
  it('allows a natural person of 16 with no residence in the city', () => {
    expect(mayPropose({ kind: 'natural', birthDate: d('2009-03-01'), residences: [] }, today)).toEqual({
      eligible: true,
    });
  });

  it('refuses a 15-year-old', () => {
    expect(mayPropose({ kind: 'natural', birthDate: d('2009-03-02') }, today)).toEqual({
      eligible: false,
      reasons: ['UNDER_MINIMUM_AGE'],
    });
  });

  it('refuses a person whose age is unknown', () => {
    expect(mayPropose({ kind: 'natural', birthDate: null }, today)).toEqual({
      eligible: false,
      reasons: ['NO_BIRTH_DATE'],
    });
  });

  it('takes a configured minimum age', () => {
    expect(mayPropose({ kind: 'natural', birthDate: d('2009-03-01') }, today, 18)).toEqual({
      eligible: false,
      reasons: ['UNDER_MINIMUM_AGE'],
    });
  });

  it.each<[LegalForm, boolean]>([
    ['association', true],
    ['foundation', true],
    ['company', false],
    ['other', false],
  ])('for a legal person of form %s: eligible %s', (legalForm, eligible) => {
    const result = mayPropose({ kind: 'legal', legalForm }, today);
    expect(result).toEqual(eligible ? { eligible: true } : { eligible: false, reasons: ['LEGAL_FORM_NOT_ALLOWED'] });
  });
});
