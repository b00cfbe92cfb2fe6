import { UnrecoverableError } from 'bullmq';

/** A delivery attempt failed for a reason that may pass (server down, timeout, 4xx); BullMQ retries it. */
export class MailDeliveryError extends Error {
  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
    this.name = 'MailDeliveryError';
  }
}

/**
 * The SMTP server refused the mail for good (5xx, no valid recipient). Extends BullMQ's
 * UnrecoverableError so the job fails at once instead of repeating a refusal five times.
 */
export class MailRejectedError extends UnrecoverableError {
  constructor(message: string, options: { cause: unknown }) {
    super(message);
    this.name = 'MailRejectedError';
    this.cause = options.cause;
  }
}

/** The producer was handed a mail it must not queue (a bug in the calling domain, not user input). */
export class InvalidMailError extends Error {
  readonly code = 'VALIDATION_FAILED';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidMailError';
  }
}

interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  message: string;
}

/** Sorts a nodemailer failure into retryable or permanent, with a reason an operator can act on. */
export function toDeliveryError(cause: unknown, server: string): MailDeliveryError | MailRejectedError {
  // Duck-typed, not `instanceof Error`: errors raised by Node's net module may come from another realm.
  const failure: SmtpFailure =
    typeof cause === 'object' && cause !== null && typeof (cause as SmtpFailure).message === 'string'
      ? (cause as SmtpFailure)
      : { message: String(cause) };
  if (failure.responseCode !== undefined && failure.responseCode >= 500) {
    return new MailRejectedError(`SMTP server ${server} rejected the mail: ${failure.response ?? failure.message}`, { cause });
  }
  if (failure.code === 'EENVELOPE') {
    return new MailRejectedError(`The mail has no deliverable recipient: ${failure.message}`, { cause });
  }
  const what = failure.responseCode !== undefined ? `answered ${failure.responseCode}` : `unreachable (${failure.code ?? 'error'})`;
  return new MailDeliveryError(`SMTP server ${server} ${what}: ${failure.message}`, { cause });
}
