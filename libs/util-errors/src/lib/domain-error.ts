/**
 * What went wrong, in terms the caller can act on. The kind — not the class name — decides how an
 * adapter answers: the api maps it to an HTTP status, the worker to a job outcome. Keeping the kinds
 * few and closed lets that mapping be an exhaustive `Record<DomainErrorKind, …>` checked by tsc.
 */
export const DOMAIN_ERROR_KINDS = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'rule-violation',
  'unavailable',
] as const;
export type DomainErrorKind = (typeof DOMAIN_ERROR_KINDS)[number];

export interface DomainErrorOptions {
  /** Safe to show the client: per-field problems, the slug that was not found, … Never secrets. */
  details?: unknown;
  /** The lower-level error this one explains; kept so logs show the whole chain. */
  cause?: unknown;
}

/** Base of every error domain code throws on purpose. Anything else reaching an adapter is a bug. */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  readonly details?: unknown;

  constructor(message: string, options: DomainErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.details = options.details;
  }
}

/** The input is malformed or breaks a field rule (wrong type, unknown field, out of range). */
export class ValidationError extends DomainError {
  readonly kind = 'validation' as const;
}

/** The caller is not signed in, or their credentials are not valid. */
export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated' as const;
}

/** The caller is known but may not do this. */
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden' as const;
}

/** The thing does not exist — or exists in a municipality the caller may not see (tenancy hides it). */
export class NotFoundError extends DomainError {
  readonly kind = 'not-found' as const;
}

/** The change collides with the current state (a duplicate e-mail, a second ballot). */
export class ConflictError extends DomainError {
  readonly kind = 'conflict' as const;
}

/** Well-formed input that a domain rule refuses (cycle closed, voter under 16, budget exceeded). */
export class RuleViolationError extends DomainError {
  readonly kind = 'rule-violation' as const;
}

/** A dependency the operation needs is down; retrying later may succeed. */
export class UnavailableError extends DomainError {
  readonly kind = 'unavailable' as const;
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
