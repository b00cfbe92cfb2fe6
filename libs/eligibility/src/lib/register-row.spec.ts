import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCalendarDate as d } from './calendar-date';
import { tokenizeCsv } from './csv';
import { registerRecordsFromCsv } from './register-csv';
import { RegisterRecord, validateRegisterRecords } from './register-row';

const NEIGHBOURHOODS = ['centrs', 'jaunbuve', 'gajoks'];

function recordsOf(kind: 'valid' | 'invalid'): RegisterRecord[] {
  const tokens = tokenizeCsv(readFileSync(path.join(__dirname, '..', 'fixtures', kind, 'register.csv'), 'utf8'));
  if (!tokens.ok) {
    throw new Error(`fixture does not tokenise: ${tokens.code} on line ${tokens.line}`);
  }
  const mapped = registerRecordsFromCsv(tokens.records);
  if (!mapped.ok) {
    throw new Error(`fixture does not map: ${JSON.stringify(mapped.errors)}`);
  }
  return mapped.records;
}

describe('voter register rows: a valid file (fixtures/valid/register.csv, ";" with BOM and CRLF)', () => {
  const result = validateRegisterRecords(recordsOf('valid'), {
    neighbourhoodCodes: NEIGHBOURHOODS,
    today: d('2025-06-01'),
  });

  it('accepts every row and keeps the file line numbers (the blank line 5 is skipped)', () => {
    expect(result.ok && result.rows.map((r) => r.line)).toEqual([2, 3, 4, 6]);
  });

  it('derives the birth date from a legacy code when the column is empty, using the century digit', () => {
    expect(result.ok && result.rows[0]).toMatchObject({ birthDate: d('1975-11-16'), birthDateSource: 'personal-code' });
  });

  it('takes the birth date column when it agrees with the code, in either date format', () => {
    expect(result.ok && result.rows[1]).toMatchObject({
      birthDate: d('2008-03-15'),
      birthDateSource: 'column',
      declaredFrom: d('2015-06-01'),
    });
  });

  it('keeps a new-format code with the register birth date, or with none', () => {
    expect(result.ok && result.rows[2]).toMatchObject({
      birthDate: d('2009-05-10'),
      birthDateSource: 'column',
      declaredTo: d('2025-12-31'),
    });
    expect(result.ok && result.rows[3]).toMatchObject({ birthDate: null, birthDateSource: null });
  });

  it('normalises personal codes to the hyphenated form', () => {
    expect(result.ok && result.rows.map((r) => r.personalCode.normalized)).toEqual([
      '161175-19997',
      '150308-20010',
      '323691-93794',
      '320731-20115',
    ]);
  });

  it('accepts a one-day declaration (declared-to equal to declared-from)', () => {
    expect(result.ok && result.rows[3]?.declaredTo).toEqual(d('2025-05-10'));
  });
});

describe('voter register rows: an invalid file (fixtures/invalid/register.csv)', () => {
  const result = validateRegisterRecords(recordsOf('invalid'), { neighbourhoodCodes: NEIGHBOURHOODS });
  const errors = result.ok ? [] : result.errors;

  it('refuses the whole file', () => {
    expect(result.ok).toBe(false);
  });

  it.each([
    [2, 'personalCode', 'DUPLICATE_PERSONAL_CODE'],
    [3, 'personalCode', 'PERSONAL_CODE_CHECKSUM'],
    [4, 'personalCode', 'PERSONAL_CODE_IMPOSSIBLE_DATE'],
    [5, 'personalCode', 'MALFORMED_PERSONAL_CODE'],
    [6, 'birthDate', 'BIRTH_DATE_MISMATCH'],
    [7, 'birthDate', 'IMPOSSIBLE_DATE'],
    [8, 'neighbourhood', 'UNKNOWN_NEIGHBOURHOOD'],
    [8, 'declaredTo', 'DECLARED_TO_BEFORE_FROM'],
    [9, 'personalCode', 'DUPLICATE_PERSONAL_CODE'],
    [10, 'personalCode', 'MISSING_VALUE'],
    [10, 'neighbourhood', 'MISSING_VALUE'],
    [10, 'declaredFrom', 'MISSING_VALUE'],
    [11, 'declaredFrom', 'IMPOSSIBLE_DATE'],
  ])('reports line %d, %s: %s', (line, field, code) => {
    expect(errors).toContainEqual(expect.objectContaining({ line, field, code }));
  });

  it('reports nothing else, in line order', () => {
    expect(errors).toHaveLength(13);
    expect(errors.map((e) => e.line)).toEqual([...errors.map((e) => e.line)].sort((a, b) => a - b));
  });

  it('marks both lines of a duplicate, each naming the other', () => {
    expect(errors.filter((e) => e.code === 'DUPLICATE_PERSONAL_CODE')).toEqual([
      { line: 2, field: 'personalCode', code: 'DUPLICATE_PERSONAL_CODE', otherLines: [9] },
      { line: 9, field: 'personalCode', code: 'DUPLICATE_PERSONAL_CODE', otherLines: [2] },
    ]);
  });
});

describe('voter register rows: checks that need today', () => {
  const row: RegisterRecord = {
    line: 2,
    personalCode: '323691-93794',
    birthDate: '2030-01-01',
    neighbourhood: 'centrs',
    declaredFrom: '2020-01-01',
  };

  it('refuses a birth date after today when today is given', () => {
    expect(validateRegisterRecords([row], { neighbourhoodCodes: NEIGHBOURHOODS, today: d('2025-06-01') })).toEqual({
      ok: false,
      errors: [{ line: 2, field: 'birthDate', code: 'BIRTH_DATE_IN_FUTURE' }],
    });
  });

  it('treats a missing declared-to as an open declaration', () => {
    const result = validateRegisterRecords([{ ...row, birthDate: undefined }], { neighbourhoodCodes: NEIGHBOURHOODS });
    expect(result.ok && result.rows[0]).toMatchObject({ declaredTo: null, birthDate: null });
  });
});
