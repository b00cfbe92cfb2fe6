import type { YouthErrorReason } from '@balss/contracts';
import { ConflictError, NotFoundError, RuleViolationError, ValidationError } from '@balss/util-errors';

/**
 * The youth domain's refusals. Each carries a stable `details.reason` (YouthErrorReason in contracts)
 * so the web app can word it in the reader's language; the English message is for developers.
 */
const details = (reason: YouthErrorReason, extra: Record<string, unknown> = {}) => ({ details: { reason, ...extra } });

export class MalformedCodeError extends ValidationError {
  constructor() {
    super('This is not a youth code: a code has 10 letters and digits, like ABCD-EFGH-JK.', {
      details: [{ field: 'code', messages: ['code must look like ABCD-EFGH-JK (10 letters and digits)'] }],
    });
  }
}

export class InvalidBirthDateError extends ValidationError {
  constructor(field = 'birthDate') {
    super(`${field} is not a date that exists; write it as YYYY-MM-DD.`, {
      details: [{ field, messages: [`${field} must be a real date in the form YYYY-MM-DD`] }],
    });
  }
}

export class CodeNotFoundError extends NotFoundError {
  constructor() {
    super('There is no such code. Check it symbol by symbol against the slip.', details('CODE_NOT_FOUND'));
  }
}

export class CodeAlreadyUsedError extends ConflictError {
  constructor() {
    super('This code has already been used to create an account. Each code works once; ask for a new one.', details('CODE_ALREADY_USED'));
  }
}

export class CodeExpiredError extends RuleViolationError {
  constructor(expiresOn: string) {
    super(`This code expired after ${expiresOn}. Ask whoever gave it to you for a new one.`, details('CODE_EXPIRED', { expiresOn }));
  }
}

export class BatchRevokedError extends RuleViolationError {
  constructor() {
    super('This code has been withdrawn by the municipality. Ask whoever gave it to you for a new one.', details('BATCH_REVOKED'));
  }
}

export class YouthAgeRefusedError extends RuleViolationError {
  constructor(reason: 'BELOW_YOUTH_AGE' | 'ABOVE_YOUTH_AGE' | 'BIRTH_DATE_IN_FUTURE', bounds: { minAge: number; maxAge: number }) {
    const message = {
      BELOW_YOUTH_AGE: `Youth accounts are for people aged ${bounds.minAge} or older. You can create one from your ${bounds.minAge}th birthday.`,
      ABOVE_YOUTH_AGE: `Youth accounts are for people aged ${bounds.minAge} to ${bounds.maxAge}. You can take part as a resident instead.`,
      BIRTH_DATE_IN_FUTURE: 'The birth date is in the future.',
    }[reason];
    super(message, details(reason, { minAge: bounds.minAge, maxAge: bounds.maxAge }));
  }
}

export class ResponsibleAdultRequiredError extends RuleViolationError {
  constructor() {
    super('You are under 18: name a responsible adult (a parent, guardian or youth worker) who will confirm your account.', details('RESPONSIBLE_ADULT_REQUIRED'));
  }
}

export class ResponsibleAdultNotAllowedError extends RuleViolationError {
  constructor() {
    super('You are 18 or older and need no responsible adult; leave that part empty.', details('RESPONSIBLE_ADULT_NOT_ALLOWED'));
  }
}

export class ResponsibleAdultIsSelfError extends RuleViolationError {
  constructor() {
    super("The responsible adult's e-mail address must not be your own.", details('RESPONSIBLE_ADULT_IS_SELF'));
  }
}

export class InvitationNotFoundError extends NotFoundError {
  constructor() {
    super('This invitation link is not valid. Open the link from the e-mail exactly as it is.', details('INVITATION_NOT_FOUND'));
  }
}

export class InvitationUsedError extends ConflictError {
  constructor() {
    super('This invitation has already been answered (or replaced by a newer one). Each link works once.', details('INVITATION_USED'));
  }
}

export class InvitationExpiredError extends RuleViolationError {
  constructor() {
    super('This invitation has expired. The young person can send a new one from their account.', details('INVITATION_EXPIRED'));
  }
}

export class AdultUnderAgeError extends RuleViolationError {
  constructor(reason: 'UNDER_AGE_OF_MAJORITY' | 'BIRTH_DATE_IN_FUTURE') {
    super(
      reason === 'BIRTH_DATE_IN_FUTURE'
        ? 'The birth date is in the future.'
        : 'A responsible adult must be 18 or older. Ask a parent, guardian or youth worker instead.',
      details('ADULT_UNDER_AGE'),
    );
  }
}

export class AdultIsTheYouthError extends RuleViolationError {
  constructor() {
    super('You cannot vouch for yourself: the responsible adult must be someone else.', details('ADULT_IS_THE_YOUTH'));
  }
}

export class AwaitingResponsibleAdultError extends RuleViolationError {
  constructor() {
    super('Your responsible adult has not confirmed yet: you can draft, and submit once they confirm.', details('AWAITING_RESPONSIBLE_ADULT'));
  }
}

export class AboveYouthAgeError extends RuleViolationError {
  constructor(maxAge: number) {
    super(`Youth applications are for people up to ${maxAge}.`, details('ABOVE_YOUTH_AGE', { maxAge }));
  }
}

/** 400, not 403: the caller may print this batch, the request just lacks the right key. */
export class SheetKeyInvalidError extends ValidationError {
  constructor() {
    super('The sheet key does not open this batch. Send the key shown when the batch was created or re-issued in the x-sheet-key header.', {
      details: { reason: 'SHEET_KEY_INVALID', field: 'x-sheet-key' },
    });
  }
}

export class SheetGoneError extends RuleViolationError {
  constructor(hours: number) {
    super(`The printable sheet is kept only ${hours} hours after the codes are issued. Re-issue the unused codes to print them again.`, details('SHEET_NO_LONGER_AVAILABLE'));
  }
}

export class BatchNotActiveError extends RuleViolationError {
  constructor(status: 'expired' | 'revoked') {
    super(`This batch is ${status}; its codes can no longer be printed or re-issued.`, details('BATCH_NOT_ACTIVE', { status }));
  }
}

export class BatchNotFoundError extends NotFoundError {
  constructor() {
    super('There is no such code batch.');
  }
}

export class ExpiryInPastError extends ValidationError {
  constructor() {
    super('expiresOn must be today or later.', { details: [{ field: 'expiresOn', messages: ['expiresOn must be today or later'] }] });
  }
}

export class NotAYouthError extends NotFoundError {
  constructor() {
    super('This account has no youth profile.');
  }
}

export class AdultAlreadyConfirmedError extends ConflictError {
  constructor() {
    super('A responsible adult has already confirmed your account; there is nobody else to invite.', details('ADULT_ALREADY_CONFIRMED'));
  }
}
