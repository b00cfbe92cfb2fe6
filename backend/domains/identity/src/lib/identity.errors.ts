import { ConflictError, ForbiddenError, UnauthenticatedError } from '@balss/util-errors';

export class EmailTakenError extends ConflictError {
  constructor(options: { cause?: unknown } = {}) {
    // The address itself is not echoed back: the caller sent it, and logs should not collect it twice.
    super('An account with this e-mail address already exists.', { details: { field: 'email' }, cause: options.cause });
  }
}

/**
 * Wrong address or wrong password — deliberately the same answer for both, so sign-in cannot be
 * used to find out who has an account.
 */
export class InvalidCredentialsError extends UnauthenticatedError {
  constructor() {
    super('The e-mail address or the password is wrong.', { details: { reason: 'INVALID_CREDENTIALS' } });
  }
}

/** The password was right, so saying this reveals nothing to someone who did not already know it. */
export class EmailNotVerifiedError extends ForbiddenError {
  constructor() {
    super('Confirm your e-mail address first: open the link we sent you, or ask for a new one.', {
      details: { reason: 'EMAIL_NOT_VERIFIED' },
    });
  }
}
