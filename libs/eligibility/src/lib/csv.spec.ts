import { detectCsvSeparator, tokenizeCsv } from './csv';

describe('CSV tokenising', () => {
  it('splits a simple comma file and numbers its lines', () => {
    expect(tokenizeCsv('a,b\n1,2\n')).toEqual({
      ok: true,
      separator: ',',
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['1', '2'] },
      ],
    });
  });

  it('detects the semicolon that Latvian spreadsheets export', () => {
    expect(detectCsvSeparator('personal_code;amount\n1;2,50')).toBe(';');
    expect(tokenizeCsv('kods;summa\r\n1;"2,50"\r\n')).toMatchObject({
      ok: true,
      separator: ';',
      records: [{}, { fields: ['1', '2,50'] }],
    });
  });

  it('ignores separators inside quoted header names when detecting', () => {
    expect(detectCsvSeparator('"a;b",c,d')).toBe(',');
  });

  it('reads quoted separators, doubled quotes and empty fields', () => {
    expect(tokenizeCsv('"a,b","say ""hi""",,""')).toMatchObject({
      ok: true,
      records: [{ fields: ['a,b', 'say "hi"', '', ''] }],
    });
  });

  it('keeps a line break inside quotes and counts lines across it', () => {
    const result = tokenizeCsv('id,note\n1,"two\r\nlines"\n2,x\n');
    expect(result).toMatchObject({
      ok: true,
      records: [{ line: 1 }, { line: 2, fields: ['1', 'two\r\nlines'] }, { line: 4, fields: ['2', 'x'] }],
    });
  });

  it('drops a BOM, skips blank lines and reads a last line without a newline, with CR-only endings too', () => {
    expect(tokenizeCsv('\uFEFFa\r\r\nb\rc')).toMatchObject({
      ok: true,
      records: [
        { line: 1, fields: ['a'] },
        { line: 3, fields: ['b'] },
        { line: 4, fields: ['c'] },
      ],
    });
  });

  it.each([
    ['a,b"c', 1, 'UNEXPECTED_QUOTE'],
    ['a\n"b"c', 2, 'UNEXPECTED_QUOTE'],
    ['a\n"b""', 2, 'UNTERMINATED_QUOTE'],
    ['a\n"b\nc', 2, 'UNTERMINATED_QUOTE'],
  ])('refuses %j on line %d with %s', (text, line, code) => {
    expect(tokenizeCsv(text)).toEqual({ ok: false, line, code });
  });
});
