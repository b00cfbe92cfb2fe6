import { QueryFailedError } from 'typeorm';
import { isForeignKeyViolation, isUniqueViolation } from './postgres-errors';

const pgError = (code: string, constraint: string) =>
  new QueryFailedError('INSERT …', [], Object.assign(new Error('pg'), { code, constraint }));

describe('PostgreSQL error recognition', () => {
  it('recognises a unique violation, optionally on one constraint', () => {
    const error = pgError('23505', 'app_user_email_key');
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, 'app_user_email_key')).toBe(true);
    expect(isUniqueViolation(error, 'municipality_slug_key')).toBe(false);
    expect(isForeignKeyViolation(error)).toBe(false);
  });

  it('recognises a foreign key violation', () => {
    expect(isForeignKeyViolation(pgError('23503', 'app_user_municipality_id_fkey'))).toBe(true);
  });

  it('ignores errors that did not come from the database', () => {
    expect(isUniqueViolation(Object.assign(new Error('x'), { code: '23505' }))).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
  });
});
