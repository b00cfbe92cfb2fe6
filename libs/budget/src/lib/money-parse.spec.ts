import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MoneyParseError, parseCents, tryParseCents } from './money-parse';

interface ValidAmount {
  input: string;
  cents: number;
  note: string;
}
interface InvalidAmount {
  input: string;
  code: string;
}

function fixture<T>(kind: 'valid' | 'invalid'): T[] {
  return JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', kind, 'amounts.json'), 'utf8')) as T[];
}

describe('parsing euro amounts into cents', () => {
  it.each(fixture<ValidAmount>('valid').map((a) => [a.input, a.cents, a.note] as const))(
    'reads %j as %d cents (%s)',
    (input, expected) => {
      expect(tryParseCents(input)).toEqual({ ok: true, value: expected });
    },
  );

  it.each(fixture<InvalidAmount>('invalid').map((a) => [a.input, a.code] as const))(
    'refuses %j with %s',
    (input, code) => {
      const result = tryParseCents(input);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe(code);
    },
  );

  it('throws a typed error carrying the reason code and the input from parseCents', () => {
    expect(() => parseCents('1,234')).toThrow(MoneyParseError);
    try {
      parseCents('1,234');
    } catch (error) {
      expect(error).toMatchObject({ code: 'AMBIGUOUS_SEPARATOR', input: '1,234' });
    }
  });

  it('is exact where binary floats are not (0.29 × 100 = 28.999999999999996)', () => {
    expect(parseCents('0,29')).toBe(29);
    expect(parseCents('1 005,03')).toBe(100503);
  });
});
