import { Cents, centsFromBigInt } from './cents';

/** Why an amount was refused; stable codes for the importer's row errors and the UI. */
export type MoneyParseErrorCode =
  | 'EMPTY'
  | 'NEGATIVE_AMOUNT'
  | 'INVALID_CHARACTER'
  | 'MALFORMED_NUMBER'
  | 'AMBIGUOUS_SEPARATOR'
  | 'TOO_MANY_DECIMALS'
  | 'BAD_GROUPING'
  | 'TOO_LARGE';

export class MoneyParseError extends Error {
  override readonly name = 'MoneyParseError';

  constructor(
    readonly code: MoneyParseErrorCode,
    readonly input: string,
  ) {
    super(`Cannot read "${input}" as an amount of euro (${code})`);
  }
}

export type MoneyParseResult = { ok: true; value: Cents } | { ok: false; error: MoneyParseError };

/** Regular, no-break (U+00A0) and narrow no-break (U+202F) spaces: Latvian and Russian group separators. */
const SPACES = /[ \u00a0\u202f]/;
const CURRENCY = /^(?:€|EUR)\s*|\s*(?:€|EUR)$/giu;

/**
 * Reads an amount of euro exactly, e.g. "287367.44", "287 367,44", "1,234.50", "1.234,50", "€ 12".
 *
 * The decimal separator is the last "." or "," when it occurs once and is followed by one or two
 * digits; the other punctuation mark or spaces may group the integer part in threes. A single
 * separator followed by exactly three digits ("1,234") is refused as ambiguous — it means 1.234 in
 * Latvian notation and 1234 in English — because a budget figure must never be guessed.
 */
export function tryParseCents(input: string): MoneyParseResult {
  const fail = (code: MoneyParseErrorCode): MoneyParseResult => ({
    ok: false,
    error: new MoneyParseError(code, input),
  });
  const text = input.trim().replace(CURRENCY, '').trim();
  if (text === '') {
    return fail('EMPTY');
  }
  if (/^[-−]/.test(text)) {
    return fail('NEGATIVE_AMOUNT');
  }
  if (!/^[\d., \u00a0\u202f]+$/.test(text)) {
    return fail('INVALID_CHARACTER');
  }
  const split = splitDecimal(text);
  if (typeof split === 'string') {
    return fail(split);
  }
  if (split.integerPart === '') {
    return fail('MALFORMED_NUMBER');
  }
  const integerDigits = ungroup(split.integerPart);
  if (integerDigits === null) {
    return fail('BAD_GROUPING');
  }
  const total = BigInt(integerDigits) * 100n + BigInt(split.fraction.padEnd(2, '0'));
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
    return fail('TOO_LARGE');
  }
  return { ok: true, value: centsFromBigInt(total) };
}

/** Like `tryParseCents`, but throws the typed `MoneyParseError`. */
export function parseCents(input: string): Cents {
  const result = tryParseCents(input);
  if (!result.ok) {
    throw result.error;
  }
  return result.value;
}

function splitDecimal(text: string): { integerPart: string; fraction: string } | MoneyParseErrorCode {
  const index = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  if (index < 0) {
    return { integerPart: text, fraction: '' };
  }
  const separator = text.charAt(index);
  const tail = text.slice(index + 1);
  if (text.split(separator).length > 2) {
    // The same mark twice can only be grouping ("1,234,567"): no decimal part.
    return { integerPart: text, fraction: '' };
  }
  if (!/^\d+$/.test(tail)) {
    return 'MALFORMED_NUMBER';
  }
  if (tail.length === 3) {
    // "1.234,567": the other mark groups, so this one is decimal — with too many places.
    return text.slice(0, index).includes(separator === '.' ? ',' : '.') ? 'TOO_MANY_DECIMALS' : 'AMBIGUOUS_SEPARATOR';
  }
  if (tail.length > 2) {
    return 'TOO_MANY_DECIMALS';
  }
  return { integerPart: text.slice(0, index), fraction: tail };
}

/** Digits of the integer part, or null when grouping is inconsistent (mixed marks, groups not of three). */
function ungroup(integerPart: string): string | null {
  if (/^\d+$/.test(integerPart)) {
    return integerPart;
  }
  const marks = new Set(
    integerPart
      .replace(/\d/g, '')
      .split('')
      .map((mark) => (SPACES.test(mark) ? ' ' : mark)),
  );
  if (marks.size !== 1) {
    return null;
  }
  const groups = integerPart.split(/[., \u00a0\u202f]/);
  const [first = '', ...rest] = groups;
  const valid = /^\d{1,3}$/.test(first) && rest.every((group) => /^\d{3}$/.test(group));
  return valid ? groups.join('') : null;
}
