import type { CsvErrorCode, RegisterCsvErrorCode, RegisterErrorCode } from '@balss/eligibility';
import type { RegisterImportProgressDto, RegisterImportStatus } from '@balss/contracts';

/** Every refusal of a register line (`@balss/eligibility`), in words. A Record: a new code will not compile without one. */
export const LINE_ERROR_KEYS: Readonly<Record<RegisterErrorCode | RegisterCsvErrorCode | CsvErrorCode, string>> = {
  BIRTH_DATE_IN_FUTURE: 'admin.register.lineErrors.birthDateInFuture',
  BIRTH_DATE_MISMATCH: 'admin.register.lineErrors.birthDateMismatch',
  DECLARED_TO_BEFORE_FROM: 'admin.register.lineErrors.declaredToBeforeFrom',
  DUPLICATE_COLUMN: 'admin.register.lineErrors.duplicateColumn',
  DUPLICATE_PERSONAL_CODE: 'admin.register.lineErrors.duplicatePersonalCode',
  EMPTY_FILE: 'admin.register.lineErrors.emptyFile',
  IMPOSSIBLE_DATE: 'admin.register.lineErrors.impossibleDate',
  MALFORMED_DATE: 'admin.register.lineErrors.malformedDate',
  MALFORMED_PERSONAL_CODE: 'admin.register.lineErrors.malformedPersonalCode',
  MISSING_COLUMN: 'admin.register.lineErrors.missingColumn',
  MISSING_VALUE: 'admin.register.lineErrors.missingValue',
  PERSONAL_CODE_CHECKSUM: 'admin.register.lineErrors.personalCodeChecksum',
  PERSONAL_CODE_IMPOSSIBLE_DATE: 'admin.register.lineErrors.personalCodeImpossibleDate',
  UNEXPECTED_QUOTE: 'admin.register.lineErrors.unexpectedQuote',
  UNKNOWN_NEIGHBOURHOOD: 'admin.register.lineErrors.unknownNeighbourhood',
  UNTERMINATED_QUOTE: 'admin.register.lineErrors.unterminatedQuote',
  WRONG_FIELD_COUNT: 'admin.register.lineErrors.wrongFieldCount',
};

export function lineErrorKey(code: string): string {
  return (LINE_ERROR_KEYS as Record<string, string>)[code] ?? 'admin.register.lineErrors.other';
}

export const STATUS_KEYS: Readonly<Record<RegisterImportStatus, string>> = {
  completed: 'admin.register.status.completed',
  failed: 'admin.register.status.failed',
  importing: 'admin.register.status.importing',
  queued: 'admin.register.status.queued',
};

export const PHASE_KEYS: Readonly<Record<RegisterImportProgressDto['phase'], string>> = {
  done: 'admin.register.phase.done',
  queued: 'admin.register.phase.queued',
  validating: 'admin.register.phase.validating',
  writing: 'admin.register.phase.writing',
};
