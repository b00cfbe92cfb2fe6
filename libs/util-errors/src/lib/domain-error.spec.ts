import { ConflictError, DomainError, isDomainError, NotFoundError, ValidationError } from './domain-error';

class MunicipalityNotFoundError extends NotFoundError {
  constructor(slug: string) {
    super(`No municipality has the slug "${slug}".`, { details: { slug } });
  }
}

describe('DomainError', () => {
  it('keeps the kind of its base class in a domain-specific subclass', () => {
    const error = new MunicipalityNotFoundError('atlantis');
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.kind).toBe('not-found');
    expect(error.name).toBe('MunicipalityNotFoundError');
    expect(error.details).toEqual({ slug: 'atlantis' });
  });

  it('keeps the cause so logs show the whole chain', () => {
    const cause = new Error('duplicate key value violates unique constraint');
    const error = new ConflictError('That e-mail is already registered.', { cause });
    expect(error.cause).toBe(cause);
    expect(error.kind).toBe('conflict');
  });

  it('tells domain errors from everything else', () => {
    expect(isDomainError(new ValidationError('bad'))).toBe(true);
    expect(isDomainError(new Error('bug'))).toBe(false);
    expect(isDomainError('string')).toBe(false);
  });
});
