import type { EidRefusal } from '@balss/contracts';
import { NotFoundError, UnavailableError, ValidationError } from '@balss/util-errors';

const MESSAGES: Record<EidRefusal, string> = {
  EID_NOT_CONFIGURED: 'This municipality does not offer e-ID sign-in.',
  CANCELLED: 'The e-ID sign-in was cancelled at the provider.',
  PROVIDER_ERROR: 'The e-ID provider did not sign you in. Try again.',
  STATE_MISMATCH: 'This e-ID answer does not belong to a sign-in started in this browser. Start again.',
  STATE_EXPIRED: 'The e-ID sign-in took too long and expired. Start again.',
  STATE_REUSED: 'This e-ID sign-in was already completed. Start again to sign in once more.',
  WRONG_ISSUER: 'The e-ID answer comes from another provider than the one this sign-in was sent to.',
  WRONG_AUDIENCE: 'The e-ID provider issued this identity for another service.',
  WRONG_NONCE: 'The e-ID identity does not belong to this sign-in attempt.',
  CODE_REJECTED: 'The e-ID provider refused the sign-in code (already used, expired or issued to another service).',
  INVALID_RESPONSE: 'The e-ID provider sent an answer that failed verification.',
  PROVIDER_UNAVAILABLE: 'The e-ID provider cannot be reached right now. Try again later.',
  NO_PERSONAL_CODE: 'The e-ID provider did not send a valid Latvian personal code.',
};

export type EidSignInError = EidNotConfiguredError | EidSignInRefusedError | EidProviderUnavailableError;

/** 404: no enabled provider for the municipality (or no such municipality). */
export class EidNotConfiguredError extends NotFoundError {
  readonly reason = 'EID_NOT_CONFIGURED' as const;
  constructor(options: { cause?: unknown } = {}) {
    super(MESSAGES.EID_NOT_CONFIGURED, { details: { reason: 'EID_NOT_CONFIGURED' }, cause: options.cause });
  }
}

/** The callback failed a check (400 if it were answered; it redirects). Nothing is stored but the audit entry. */
export class EidSignInRefusedError extends ValidationError {
  constructor(
    readonly reason: Exclude<EidRefusal, 'EID_NOT_CONFIGURED' | 'PROVIDER_UNAVAILABLE'>,
    options: { cause?: unknown } = {},
  ) {
    super(MESSAGES[reason], { details: { reason }, cause: options.cause });
  }
}

/** 503: discovery or the token endpoint could not be reached. */
export class EidProviderUnavailableError extends UnavailableError {
  readonly reason = 'PROVIDER_UNAVAILABLE' as const;
  constructor(options: { cause?: unknown } = {}) {
    super(MESSAGES.PROVIDER_UNAVAILABLE, { details: { reason: 'PROVIDER_UNAVAILABLE' }, cause: options.cause });
  }
}
