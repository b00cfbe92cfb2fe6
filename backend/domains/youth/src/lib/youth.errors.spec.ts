import { DomainError } from '@balss/util-errors';
import * as errors from './youth.errors';

describe('youth refusals', () => {
  it.each(Object.entries(errors))('%s is a DomainError named after its export', (exported, Refusal) => {
    const error = new (Refusal as new (...args: unknown[]) => DomainError)('expired', { minAge: 13, maxAge: 25 });
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Refusal);
    expect(error.name).toBe(exported);
  });

  it('keeps the kind, message and details each refusal is answered with', () => {
    const expired = new errors.CodeExpiredError('2026-05-31');
    expect(expired).toMatchObject({
      kind: 'rule-violation',
      message: 'This code expired after 2026-05-31. Ask whoever gave it to you for a new one.',
      details: { reason: 'CODE_EXPIRED', expiresOn: '2026-05-31' },
    });
    expect(new errors.InvalidBirthDateError('expiresOn')).toMatchObject({
      kind: 'validation',
      details: [{ field: 'expiresOn', messages: ['expiresOn must be a real date in the form YYYY-MM-DD'] }],
    });
    expect(new errors.InvalidBirthDateError().details).toEqual([
      { field: 'birthDate', messages: ['birthDate must be a real date in the form YYYY-MM-DD'] },
    ]);
    expect(new errors.CodeAlreadyUsedError().kind).toBe('conflict');
    expect(new errors.BatchNotFoundError()).toMatchObject({ kind: 'not-found', details: undefined });
    expect(new errors.SheetKeyInvalidError().details).toEqual({ reason: 'SHEET_KEY_INVALID', field: 'x-sheet-key' });
    expect(new errors.YouthAgeRefusedError('ABOVE_YOUTH_AGE', { minAge: 13, maxAge: 25 })).toMatchObject({
      message: 'Youth accounts are for people aged 13 to 25. You can take part as a resident instead.',
      details: { reason: 'ABOVE_YOUTH_AGE', minAge: 13, maxAge: 25 },
    });
    expect(new errors.AdultUnderAgeError('BIRTH_DATE_IN_FUTURE').message).toBe('The birth date is in the future.');
  });
});
