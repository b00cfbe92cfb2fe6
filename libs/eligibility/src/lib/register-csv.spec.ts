import { tokenizeCsv } from './csv';
import { registerRecordsFromCsv } from './register-csv';

function records(text: string) {
  const tokens = tokenizeCsv(text);
  if (!tokens.ok) {
    throw new Error(tokens.code);
  }
  return tokens.records;
}

describe('mapping register CSV columns', () => {
  it('maps by header name in any order and case', () => {
    const csv = 'Declared_From,NEIGHBOURHOOD,personal_code,declared_to,birth_date\n2010-01-01,centrs,161175-19997,,\n';
    expect(registerRecordsFromCsv(records(csv))).toEqual({
      ok: true,
      records: [
        {
          line: 2,
          personalCode: '161175-19997',
          birthDate: '',
          neighbourhood: 'centrs',
          declaredFrom: '2010-01-01',
          declaredTo: '',
        },
      ],
    });
  });

  it('names missing and repeated columns on the header line', () => {
    expect(registerRecordsFromCsv(records('personal_code,neighbourhood,neighbourhood,declared_from\n'))).toEqual({
      ok: false,
      errors: [
        { line: 1, code: 'MISSING_COLUMN', column: 'birth_date' },
        { line: 1, code: 'DUPLICATE_COLUMN', column: 'neighbourhood' },
        { line: 1, code: 'MISSING_COLUMN', column: 'declared_to' },
      ],
    });
  });

  it('refuses a row with too few or too many fields instead of padding it', () => {
    const csv = 'personal_code,birth_date,neighbourhood,declared_from,declared_to\n1,2,3,4\n1,2,3,4,5,6\n1,2,3,4,5\n';
    expect(registerRecordsFromCsv(records(csv))).toEqual({
      ok: false,
      errors: [
        { line: 2, code: 'WRONG_FIELD_COUNT' },
        { line: 3, code: 'WRONG_FIELD_COUNT' },
      ],
    });
  });

  it('refuses an empty file', () => {
    expect(registerRecordsFromCsv([])).toEqual({ ok: false, errors: [{ line: 1, code: 'EMPTY_FILE' }] });
  });
});
