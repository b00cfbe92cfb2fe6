import { CalendarDate, CalendarDateErrorCode, compareDates, isSameDate, tryParseCalendarDate } from './calendar-date';
import { PersonalCode, PersonalCodeErrorCode, parsePersonalCode } from './personal-code';

/** One already-split CSV record of the voter register (issue 3 item 4); `line` is the file line. */
export interface RegisterRecord {
  line: number;
  personalCode: string;
  birthDate?: string;
  neighbourhood: string;
  declaredFrom: string;
  declaredTo?: string;
}

export type RegisterField = 'personalCode' | 'birthDate' | 'neighbourhood' | 'declaredFrom' | 'declaredTo';

export type RegisterErrorCode =
  | 'MISSING_VALUE'
  | PersonalCodeErrorCode
  | CalendarDateErrorCode
  | 'BIRTH_DATE_MISMATCH'
  | 'BIRTH_DATE_IN_FUTURE'
  | 'DECLARED_TO_BEFORE_FROM'
  | 'UNKNOWN_NEIGHBOURHOOD'
  | 'DUPLICATE_PERSONAL_CODE';

export interface RegisterRowError {
  line: number;
  field: RegisterField;
  code: RegisterErrorCode;
  /** For DUPLICATE_PERSONAL_CODE: the other lines with the same code. */
  otherLines?: readonly number[];
}

export interface RegisterRow {
  line: number;
  personalCode: PersonalCode;
  birthDate: CalendarDate | null;
  birthDateSource: 'column' | 'personal-code' | null;
  neighbourhood: string;
  declaredFrom: CalendarDate;
  /** Inclusive last day, as `DeclaredResidence.declaredTo`. */
  declaredTo: CalendarDate | null;
}

export interface RegisterValidationOptions {
  neighbourhoodCodes: readonly string[];
  /** When given, birth dates after it are refused. */
  today?: CalendarDate;
}

export type RegisterValidation =
  { ok: true; rows: readonly RegisterRow[] } | { ok: false; errors: readonly RegisterRowError[] };

/**
 * Validates every row of a register import and reports all errors with line numbers, so the
 * import can be all-or-nothing (issue 3 item 4, "Bad input"). Pure: tokenising the CSV and
 * hashing personal codes belong to the importer.
 */
export function validateRegisterRecords(
  records: readonly RegisterRecord[],
  options: RegisterValidationOptions,
): RegisterValidation {
  const known = new Set(options.neighbourhoodCodes);
  const errors: RegisterRowError[] = [];
  const rows: RegisterRow[] = [];
  const linesByCode = new Map<string, number[]>();
  for (const record of records) {
    const fail: Fail = (field, code) => errors.push({ line: record.line, field, code });
    const before = errors.length;
    const code = readPersonalCode(record.personalCode, fail);
    if (code) {
      linesByCode.set(code.normalized, [...(linesByCode.get(code.normalized) ?? []), record.line]);
    }
    const row = readRow(record, code, known, options.today, fail);
    if (row && errors.length === before) {
      rows.push(row);
    }
  }
  errors.push(...duplicateErrors(linesByCode));
  errors.sort((a, b) => a.line - b.line);
  return errors.length === 0 ? { ok: true, rows } : { ok: false, errors };
}

type Fail = (field: RegisterField, code: RegisterErrorCode) => void;

function readRow(
  record: RegisterRecord,
  code: PersonalCode | null,
  known: ReadonlySet<string>,
  today: CalendarDate | undefined,
  fail: Fail,
): RegisterRow | null {
  const birthColumn = readDate(record.birthDate, 'birthDate', false, fail);
  const declaredFrom = readDate(record.declaredFrom, 'declaredFrom', true, fail);
  const declaredTo = readDate(record.declaredTo, 'declaredTo', false, fail);
  const neighbourhood = record.neighbourhood.trim();
  if (neighbourhood === '' || !known.has(neighbourhood)) {
    fail('neighbourhood', neighbourhood === '' ? 'MISSING_VALUE' : 'UNKNOWN_NEIGHBOURHOOD');
  }
  const fromCode = code?.birthDate ?? null;
  if (birthColumn && fromCode && !isSameDate(birthColumn, fromCode)) {
    fail('birthDate', 'BIRTH_DATE_MISMATCH');
  }
  const birthDate = birthColumn ?? fromCode;
  if (birthDate && today && compareDates(birthDate, today) > 0) {
    fail('birthDate', 'BIRTH_DATE_IN_FUTURE');
  }
  if (declaredFrom && declaredTo && compareDates(declaredTo, declaredFrom) < 0) {
    fail('declaredTo', 'DECLARED_TO_BEFORE_FROM');
  }
  if (!code || !declaredFrom) {
    return null;
  }
  const birthDateSource = birthColumn ? 'column' : fromCode ? 'personal-code' : null;
  return { line: record.line, personalCode: code, birthDate, birthDateSource, neighbourhood, declaredFrom, declaredTo };
}

function readPersonalCode(text: string, fail: Fail): PersonalCode | null {
  if (text.trim() === '') {
    fail('personalCode', 'MISSING_VALUE');
    return null;
  }
  const result = parsePersonalCode(text);
  if (!result.ok) {
    fail('personalCode', result.error);
    return null;
  }
  return result.code;
}

function readDate(
  text: string | undefined,
  field: RegisterField,
  isRequired: boolean,
  fail: Fail,
): CalendarDate | null {
  if (text === undefined || text.trim() === '') {
    if (isRequired) {
      fail(field, 'MISSING_VALUE');
    }
    return null;
  }
  const result = tryParseCalendarDate(text);
  if (!result.ok) {
    fail(field, result.code);
    return null;
  }
  return result.date;
}

/** A person appears once per register: every line of a repeated code is an error, naming the others. */
function duplicateErrors(linesByCode: ReadonlyMap<string, readonly number[]>): RegisterRowError[] {
  return [...linesByCode.values()]
    .filter((lines) => lines.length > 1)
    .flatMap((lines) =>
      lines.map((line) => ({
        line,
        field: 'personalCode' as const,
        code: 'DUPLICATE_PERSONAL_CODE' as const,
        otherLines: lines.filter((other) => other !== line),
      })),
    );
}
