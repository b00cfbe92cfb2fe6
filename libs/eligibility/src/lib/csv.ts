/** One CSV record and the file line it starts on (a quoted field may span lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvSeparator = ',' | ';';

export type CsvErrorCode = 'UNTERMINATED_QUOTE' | 'UNEXPECTED_QUOTE';

export type CsvResult =
  { ok: true; separator: CsvSeparator; records: CsvRecord[] } | { ok: false; line: number; code: CsvErrorCode };

/**
 * The separator of the header line: Latvian spreadsheets export ";" (comma is the decimal mark),
 * others ",". Whichever occurs more often outside quotes wins; ties go to ",".
 */
export function detectCsvSeparator(text: string): CsvSeparator {
  const header = (text.split(/\r\n|\n|\r/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (mark: string) => header.split(mark).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * RFC 4180 tokenising with the habits of real exports: a UTF-8 BOM is dropped, CRLF, LF or CR end
 * a record, quoted fields may hold separators, doubled quotes and line breaks, blank lines are
 * skipped. A quote inside an unquoted field, text after a closing quote or an unclosed quote is an
 * error with its line, so a broken file is refused rather than half-read. Fields are not trimmed.
 */
export function tokenizeCsv(text: string, separator: CsvSeparator = detectCsvSeparator(text)): CsvResult {
  return new CsvTokenizer(text.replace(/^\uFEFF/, ''), separator).run();
}

class CsvTokenizer {
  private readonly records: CsvRecord[] = [];
  private fields: string[] = [];
  private field = '';
  private inQuotes = false;
  private afterQuotes = false;
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;

  constructor(
    private readonly input: string,
    private readonly separator: CsvSeparator,
  ) {}

  run(): CsvResult {
    let i = 0;
    while (i < this.input.length) {
      const step = this.inQuotes ? this.stepQuoted(i) : this.stepPlain(i);
      if (typeof step === 'string') {
        return { ok: false, line: this.line, code: step };
      }
      i += step;
    }
    if (this.inQuotes) {
      return { ok: false, line: this.quoteLine, code: 'UNTERMINATED_QUOTE' };
    }
    this.endRecord();
    return { ok: true, separator: this.separator, records: this.records };
  }

  /** Returns how many characters were consumed, or why the input is broken. */
  private stepPlain(i: number): number | CsvErrorCode {
    const char = this.input.charAt(i);
    if (char === '"') {
      if (this.field !== '' || this.afterQuotes) {
        return 'UNEXPECTED_QUOTE';
      }
      [this.inQuotes, this.quoteLine] = [true, this.line];
      return 1;
    }
    if (char === this.separator) {
      this.endField();
      return 1;
    }
    if (char === '\r' || char === '\n') {
      this.endRecord();
      this.line += 1;
      this.recordLine = this.line;
      return char === '\r' && this.input.charAt(i + 1) === '\n' ? 2 : 1;
    }
    if (this.afterQuotes) {
      return 'UNEXPECTED_QUOTE';
    }
    this.field += char;
    return 1;
  }

  private stepQuoted(i: number): number {
    const char = this.input.charAt(i);
    const next = this.input.charAt(i + 1);
    if (char === '"') {
      if (next === '"') {
        this.field += '"';
        return 2;
      }
      [this.inQuotes, this.afterQuotes] = [false, true];
      return 1;
    }
    const lineBreak = char === '\r' && next === '\n' ? '\r\n' : char === '\r' || char === '\n' ? char : '';
    this.line += lineBreak ? 1 : 0;
    this.field += lineBreak || char;
    return lineBreak.length || 1;
  }

  private endField(): void {
    this.fields.push(this.field);
    [this.field, this.afterQuotes] = ['', false];
  }

  private endRecord(): void {
    this.endField();
    if (this.fields.length > 1 || this.fields[0] !== '') {
      this.records.push({ line: this.recordLine, fields: this.fields });
    }
    this.fields = [];
  }
}
