import type { RegisterImportRejectionDetails } from '@balss/contracts';
import { NotFoundError, RuleViolationError, ValidationError } from '@balss/util-errors';

/**
 * 422 RULE_VIOLATED: the upload itself is fine, but lines of the file break the register rules;
 * `details` lists them. The import is recorded as failed, nothing else stored.
 */
export class RegisterFileRejectedError extends RuleViolationError {
  constructor(details: RegisterImportRejectionDetails) {
    super(
      `The register file has ${details.errorCount} error(s); nothing was imported. Fix the listed lines and upload the whole file again.`,
      { details },
    );
  }
}

/** 400: larger than REGISTER_IMPORT_MAX_BYTES. */
export class RegisterFileTooLargeError extends ValidationError {
  constructor(maxBytes: number) {
    super(`The register file is larger than ${maxBytes} bytes; nothing was imported.`, { details: { maxBytes } });
  }
}

export class RegisterImportNotFoundError extends NotFoundError {
  constructor() {
    super('There is no such register import.');
  }
}
