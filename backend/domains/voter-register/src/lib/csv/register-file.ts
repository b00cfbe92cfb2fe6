import type { RegisterImportErrorDto } from '@balss/contracts';
import {
  type CalendarDate,
  REGISTER_CSV_COLUMNS,
  registerRecordsFromCsv,
  type RegisterRow,
  tokenizeCsv,
  validateRegisterRecords,
} from '@balss/eligibility';

/** A refused file lists at most this many lines (the count says how many there were). */
export const MAX_LISTED_ERRORS = 1000;

export type RegisterFileResult =
  { ok: true; rows: readonly RegisterRow[] } | { ok: false; errorCount: number; errors: RegisterImportErrorDto[] };

export interface RegisterFileOptions {
  neighbourhoodCodes: readonly string[];
  /** Birth dates after it are refused. */
  today: CalendarDate;
}

/**
 * Reads a whole register file with the rules of `@balss/eligibility`: UTF-8 (a BOM is fine),
 * tokenised as CSV (`;` or `,`), mapped by header name, every row validated, duplicates reported on
 * every line. Any error refuses the whole file: the import is all-or-nothing.
 */
export function readRegisterFile(bytes: Uint8Array, options: RegisterFileOptions): RegisterFileResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refused([{ line: 1, code: 'NOT_UTF8' }]);
  }
  const csv = tokenizeCsv(text);
  if (!csv.ok) {
    return refused([{ line: csv.line, code: csv.code }]);
  }
  // Rows with the wrong number of fields are reported, and the others still validated, so one
  // upload lists every bad line rather than stopping at the first kind of problem.
  const [header, ...rows] = csv.records;
  const width = header?.fields.length ?? 0;
  const misshapen: RegisterImportErrorDto[] = rows
    .filter((r) => r.fields.length !== width)
    .map((r) => ({ line: r.line, code: 'WRONG_FIELD_COUNT' }));
  const mapped = registerRecordsFromCsv(header ? [header, ...rows.filter((r) => r.fields.length === width)] : []);
  if (!mapped.ok) {
    return refused(
      mapped.errors.map((e) => ({ line: e.line, code: e.code, ...(e.column ? { column: e.column } : {}) })),
    );
  }
  if (mapped.records.length === 0 && misshapen.length === 0) {
    // An empty register would silently make everyone ineligible; a real extract is never empty.
    return refused([{ line: 1, code: 'NO_DATA_ROWS' }]);
  }
  const validation = validateRegisterRecords(mapped.records, options);
  const errors = validation.ok
    ? misshapen
    : [
        ...misshapen,
        ...validation.errors.map((e) => ({
          line: e.line,
          column: REGISTER_CSV_COLUMNS[e.field],
          code: e.code,
          ...(e.otherLines ? { otherLines: [...e.otherLines] } : {}),
        })),
      ];
  if (errors.length > 0 || !validation.ok) {
    return refused(errors.sort((a, b) => a.line - b.line));
  }
  return { ok: true, rows: validation.rows };
}

function refused(errors: RegisterImportErrorDto[]): RegisterFileResult {
  return { ok: false, errorCount: errors.length, errors: errors.slice(0, MAX_LISTED_ERRORS) };
}
