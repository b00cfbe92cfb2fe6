import type { YouthErrorReason } from '@balss/contracts';
import {
  ConflictError,
  type DomainErrorKind,
  type DomainErrorOptions,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '@balss/util-errors';

/**
 * The youth domain's refusals, one `refusal(...)` each: its name, the kind that decides the HTTP
 * status (ValidationError 400, NotFoundError 404, ConflictError 409, RuleViolationError 422) and the
 * message + details built from the constructor's arguments. Most carry a stable `details.reason`
 * (YouthErrorReason in contracts) so the web app can word it in the reader's language; the English
 * message is for developers.
 */
type Kind = new (message: string, options?: DomainErrorOptions) => Error & { readonly kind: DomainErrorKind; readonly details?: unknown };
type Explained = [message: string, details?: unknown];

function refusal<A extends unknown[] = []>(name: string, kind: Kind, explain: (...args: A) => Explained) {
  const Refusal = class extends kind {
    constructor(...args: A) {
      const [message, details] = explain(...args);
      super(message, details === undefined ? {} : { details });
    }
  };
  // DomainError copies new.target.name into error.name: logs should say which refusal, not ''.
  Object.defineProperty(Refusal, 'name', { value: name });
  return Refusal;
}

const reason = (why: YouthErrorReason, facts: Record<string, unknown> = {}) => ({ reason: why, ...facts });
const fieldProblem = (field: string, problem: string) => [{ field, messages: [problem] }];
const future = 'The birth date is in the future.';

// Redemption of a code.
export const MalformedCodeError = refusal('MalformedCodeError', ValidationError, () => [
  'This is not a youth code: a code has 10 letters and digits, like ABCD-EFGH-JK.',
  fieldProblem('code', 'code must look like ABCD-EFGH-JK (10 letters and digits)'),
]);
export const InvalidBirthDateError = refusal<[field?: string]>('InvalidBirthDateError', ValidationError, (field = 'birthDate') => [
  `${field} is not a date that exists; write it as YYYY-MM-DD.`,
  fieldProblem(field, `${field} must be a real date in the form YYYY-MM-DD`),
]);
export const CodeNotFoundError = refusal('CodeNotFoundError', NotFoundError, () => [
  'There is no such code. Check it symbol by symbol against the slip.',
  reason('CODE_NOT_FOUND'),
]);
export const CodeAlreadyUsedError = refusal('CodeAlreadyUsedError', ConflictError, () => [
  'This code has already been used to create an account. Each code works once; ask for a new one.',
  reason('CODE_ALREADY_USED'),
]);
export const CodeExpiredError = refusal('CodeExpiredError', RuleViolationError, (expiresOn: string) => [
  `This code expired after ${expiresOn}. Ask whoever gave it to you for a new one.`,
  reason('CODE_EXPIRED', { expiresOn }),
]);
export const BatchRevokedError = refusal('BatchRevokedError', RuleViolationError, () => [
  'This code has been withdrawn by the municipality. Ask whoever gave it to you for a new one.',
  reason('BATCH_REVOKED'),
]);
export const YouthAgeRefusedError = refusal(
  'YouthAgeRefusedError',
  RuleViolationError,
  (why: 'BELOW_YOUTH_AGE' | 'ABOVE_YOUTH_AGE' | 'BIRTH_DATE_IN_FUTURE', { minAge, maxAge }: { minAge: number; maxAge: number }) => [
    {
      BELOW_YOUTH_AGE: `Youth accounts are for people aged ${minAge} or older. You can create one from your ${minAge}th birthday.`,
      ABOVE_YOUTH_AGE: `Youth accounts are for people aged ${minAge} to ${maxAge}. You can take part as a resident instead.`,
      BIRTH_DATE_IN_FUTURE: future,
    }[why],
    reason(why, { minAge, maxAge }),
  ],
);
export const ResponsibleAdultRequiredError = refusal('ResponsibleAdultRequiredError', RuleViolationError, () => [
  'You are under 18: name a responsible adult (a parent, guardian or youth worker) who will confirm your account.',
  reason('RESPONSIBLE_ADULT_REQUIRED'),
]);
export const ResponsibleAdultNotAllowedError = refusal('ResponsibleAdultNotAllowedError', RuleViolationError, () => [
  'You are 18 or older and need no responsible adult; leave that part empty.',
  reason('RESPONSIBLE_ADULT_NOT_ALLOWED'),
]);
export const ResponsibleAdultIsSelfError = refusal('ResponsibleAdultIsSelfError', RuleViolationError, () => [
  "The responsible adult's e-mail address must not be your own.",
  reason('RESPONSIBLE_ADULT_IS_SELF'),
]);

// The responsible adult's invitation.
export const InvitationNotFoundError = refusal('InvitationNotFoundError', NotFoundError, () => [
  'This invitation link is not valid. Open the link from the e-mail exactly as it is.',
  reason('INVITATION_NOT_FOUND'),
]);
export const InvitationUsedError = refusal('InvitationUsedError', ConflictError, () => [
  'This invitation has already been answered (or replaced by a newer one). Each link works once.',
  reason('INVITATION_USED'),
]);
export const InvitationExpiredError = refusal('InvitationExpiredError', RuleViolationError, () => [
  'This invitation has expired. The young person can send a new one from their account.',
  reason('INVITATION_EXPIRED'),
]);
export const AdultUnderAgeError = refusal(
  'AdultUnderAgeError',
  RuleViolationError,
  (why: 'UNDER_AGE_OF_MAJORITY' | 'BIRTH_DATE_IN_FUTURE') => [
    why === 'BIRTH_DATE_IN_FUTURE' ? future : 'A responsible adult must be 18 or older. Ask a parent, guardian or youth worker instead.',
    reason('ADULT_UNDER_AGE'),
  ],
);
export const AdultIsTheYouthError = refusal('AdultIsTheYouthError', RuleViolationError, () => [
  'You cannot vouch for yourself: the responsible adult must be someone else.',
  reason('ADULT_IS_THE_YOUTH'),
]);
export const AdultAlreadyConfirmedError = refusal('AdultAlreadyConfirmedError', ConflictError, () => [
  'A responsible adult has already confirmed your account; there is nobody else to invite.',
  reason('ADULT_ALREADY_CONFIRMED'),
]);
export const NotAYouthError = refusal('NotAYouthError', NotFoundError, () => ['This account has no youth profile.']);

// Applications.
export const AwaitingResponsibleAdultError = refusal('AwaitingResponsibleAdultError', RuleViolationError, () => [
  'Your responsible adult has not confirmed yet: you can draft, and submit once they confirm.',
  reason('AWAITING_RESPONSIBLE_ADULT'),
]);
export const AboveYouthAgeError = refusal('AboveYouthAgeError', RuleViolationError, (maxAge: number) => [
  `Youth applications are for people up to ${maxAge}.`,
  reason('ABOVE_YOUTH_AGE', { maxAge }),
]);

// Code batches and their printable sheet.
/** 400, not 403: the caller may print this batch, the request just lacks the right key. */
export const SheetKeyInvalidError = refusal('SheetKeyInvalidError', ValidationError, () => [
  'The sheet key does not open this batch. Send the key shown when the batch was created or re-issued in the x-sheet-key header.',
  reason('SHEET_KEY_INVALID', { field: 'x-sheet-key' }),
]);
export const SheetGoneError = refusal('SheetGoneError', RuleViolationError, (hours: number) => [
  `The printable sheet is kept only ${hours} hours after the codes are issued. Re-issue the unused codes to print them again.`,
  reason('SHEET_NO_LONGER_AVAILABLE'),
]);
export const BatchNotActiveError = refusal('BatchNotActiveError', RuleViolationError, (status: 'expired' | 'revoked') => [
  `This batch is ${status}; its codes can no longer be printed or re-issued.`,
  reason('BATCH_NOT_ACTIVE', { status }),
]);
export const BatchNotFoundError = refusal('BatchNotFoundError', NotFoundError, () => ['There is no such code batch.']);
export const ExpiryInPastError = refusal('ExpiryInPastError', ValidationError, () => [
  'expiresOn must be today or later.',
  fieldProblem('expiresOn', 'expiresOn must be today or later'),
]);
