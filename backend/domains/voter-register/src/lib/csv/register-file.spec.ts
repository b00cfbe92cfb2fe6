import { calendarDate } from '@balss/eligibility';
import { syntheticRegisterCsv } from '../../testing/register-fixtures';
import { MAX_LISTED_ERRORS, readRegisterFile } from './register-file';

const options = { neighbourhoodCodes: ['centrs', 'gajoks'], today: calendarDate(2026, 11, 22) };
const file = (text: string) => new TextEncoder().encode(text);
const HEADER = 'personal_code;birth_date;neighbourhood;declared_from;declared_to';

describe('readRegisterFile', () => {
  it('accepts a valid file with a BOM, CRLF and quoted fields', () => {
    const result = readRegisterFile(
      file(`\uFEFF${HEADER}\r\n"120590-10000";;centrs;2015-03-01;\r\n325871-40216;2008-02-29;gajoks;01.09.2019;\r\n`),
      options,
    );
    expect(result).toMatchObject({ ok: true, rows: [{ line: 2 }, { line: 3 }] });
  });

  it('reports misshapen rows and invalid values together, in line order', () => {
    const result = readRegisterFile(
      file(
        [HEADER, 'bad;;centrs;2015-03-01;', '161175-19997;;centrs', '120590-10000;;nowhere;2015-03-01;', ''].join('\n'),
      ),
      options,
    );
    expect(result).toEqual({
      ok: false,
      errorCount: 3,
      errors: [
        { line: 2, column: 'personal_code', code: 'MALFORMED_PERSONAL_CODE' },
        { line: 3, code: 'WRONG_FIELD_COUNT' },
        { line: 4, column: 'neighbourhood', code: 'UNKNOWN_NEIGHBOURHOOD' },
      ],
    });
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(readRegisterFile(new Uint8Array([0x70, 0xff, 0xfe, 0x0a]), options)).toMatchObject({
      ok: false,
      errors: [{ line: 1, code: 'NOT_UTF8' }],
    });
  });

  it('refuses a header without rows: an empty register would disenfranchise everyone', () => {
    expect(readRegisterFile(file(`${HEADER}\n`), options)).toMatchObject({
      ok: false,
      errors: [{ line: 1, code: 'NO_DATA_ROWS' }],
    });
    expect(readRegisterFile(file(''), options)).toMatchObject({ ok: false, errors: [{ line: 1, code: 'EMPTY_FILE' }] });
  });

  it('refuses birth dates after today', () => {
    expect(readRegisterFile(file(`${HEADER}\n325871-40216;2027-01-01;centrs;2020-01-01;\n`), options)).toMatchObject({
      ok: false,
      errors: [{ line: 2, column: 'birth_date', code: 'BIRTH_DATE_IN_FUTURE' }],
    });
  });

  it(`counts every error but lists at most ${MAX_LISTED_ERRORS}`, () => {
    const rows = Array.from({ length: MAX_LISTED_ERRORS + 5 }, () => 'x;;centrs;2020-01-01;');
    const result = readRegisterFile(file([HEADER, ...rows].join('\n')), options);
    expect(result).toMatchObject({ ok: false, errorCount: MAX_LISTED_ERRORS + 5 });
    expect(result.ok === false && result.errors).toHaveLength(MAX_LISTED_ERRORS);
  });

  it('reads 20,000 synthetic rows, all distinct and valid', () => {
    const result = readRegisterFile(file(syntheticRegisterCsv(20_000, ['centrs', 'gajoks'])), options);
    expect(result.ok && result.rows.length).toBe(20_000);
  });
});
