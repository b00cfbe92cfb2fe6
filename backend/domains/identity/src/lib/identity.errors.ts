import { ConflictError } from '@balss/util-errors';

export class EmailTakenError extends ConflictError {
  constructor(options: { cause?: unknown } = {}) {
    // The address itself is not echoed back: the caller sent it, and logs should not collect it twice.
    super('An account with this e-mail address already exists.', { details: { field: 'email' }, cause: options.cause });
  }
}
