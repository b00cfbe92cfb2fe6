import { CsvRecord } from './csv';
import { RegisterField, RegisterRecord } from './register-row';

/** The register CSV's header names (case-insensitive, any order); `birth_date` and `declared_to` may be left empty. */
export const REGISTER_CSV_COLUMNS: Readonly<Record<RegisterField, string>> = {
  personalCode: 'personal_code',
  birthDate: 'birth_date',
  neighbourhood: 'neighbourhood',
  declaredFrom: 'declared_from',
  declaredTo: 'declared_to',
};

export type RegisterCsvErrorCode = 'MISSING_COLUMN' | 'DUPLICATE_COLUMN' | 'WRONG_FIELD_COUNT' | 'EMPTY_FILE';

export interface RegisterCsvError {
  line: number;
  code: RegisterCsvErrorCode;
  column?: string;
}

export type RegisterCsvMapping = { ok: true; records: RegisterRecord[] } | { ok: false; errors: RegisterCsvError[] };

/**
 * Maps tokenised CSV (header first) onto `RegisterRecord`s by column name, so column order does not
 * matter. A row with a different number of fields than the header is an error, not silently padded.
 */
export function registerRecordsFromCsv(csv: readonly CsvRecord[]): RegisterCsvMapping {
  const [header, ...rows] = csv;
  if (!header) {
    return { ok: false, errors: [{ line: 1, code: 'EMPTY_FILE' }] };
  }
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const errors = headerErrors(header.line, names);
  if (errors.length > 0) {
    return { ok: false, errors };
  }
  const value = (row: CsvRecord, field: RegisterField) => row.fields[names.indexOf(REGISTER_CSV_COLUMNS[field])] ?? '';
  const records: RegisterRecord[] = [];
  for (const row of rows) {
    if (row.fields.length !== names.length) {
      errors.push({ line: row.line, code: 'WRONG_FIELD_COUNT' });
      continue;
    }
    records.push({
      line: row.line,
      personalCode: value(row, 'personalCode'),
      birthDate: value(row, 'birthDate'),
      neighbourhood: value(row, 'neighbourhood'),
      declaredFrom: value(row, 'declaredFrom'),
      declaredTo: value(row, 'declaredTo'),
    });
  }
  return errors.length === 0 ? { ok: true, records } : { ok: false, errors };
}

function headerErrors(line: number, names: readonly string[]): RegisterCsvError[] {
  return Object.values(REGISTER_CSV_COLUMNS).flatMap((column) => {
    const count = names.filter((name) => name === column).length;
    return count === 1
      ? []
      : [{ line, code: count === 0 ? ('MISSING_COLUMN' as const) : ('DUPLICATE_COLUMN' as const), column }];
  });
}
