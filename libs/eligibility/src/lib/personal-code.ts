import { CalendarDate, isValidCalendarDate } from './calendar-date';

/**
 * Latvian personal codes (personas kods), Population Register Law (Fizisko personu reģistra likums):
 * - legacy `DDMMYY-CNNNX`: birth date, century digit C (0 = 1800s, 1 = 1900s, 2 = 2000s), serial,
 *   check digit X; issued until 30 June 2017;
 * - current `3NXXXX-XXXXX` with N in 2–9: no birth date; issued from 1 July 2017 (first "32…",
 *   the law now allows a second digit 2–9). The law describes the remaining digits as random and
 *   names no check digit, so only the shape is checked: refusing a real resident's code on a
 *   guessed checksum would be worse than accepting a typo the register would not contain.
 */
export type PersonalCodeFormat = 'legacy' | 'current';

export interface PersonalCode {
  /** Canonical written form with the hyphen, e.g. "161175-19997": hash this one. */
  normalized: string;
  format: PersonalCodeFormat;
  /** From a legacy code; null for current codes, which carry none. */
  birthDate: CalendarDate | null;
}

export type PersonalCodeErrorCode =
  'MALFORMED_PERSONAL_CODE' | 'PERSONAL_CODE_CHECKSUM' | 'PERSONAL_CODE_IMPOSSIBLE_DATE';

export type PersonalCodeResult = { ok: true; code: PersonalCode } | { ok: false; error: PersonalCodeErrorCode };

const CHECK_WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/**
 * Check digit of a legacy code: (1101 − Σ wᵢ·dᵢ) mod 11 mod 10 over the first ten digits with
 * weights 1 6 3 7 9 10 5 8 4 2. The PMLP does not publish it; it is the algorithm the open
 * implementations agree on: python-stdnum (stdnum/lv/pvn.py, calc_check_digit_pers — the same
 * weights negated mod 11, plus 1; it notes no independent confirmation) and
 * vladislavgoltjajev/personal-code (LatvianPersonalCodeUtils.calculateChecksum).
 * 1101 ≡ 1 (mod 11), and the sum is at most 495, so the value is never negative.
 */
export function legacyCheckDigit(firstTenDigits: string): number {
  const sum = CHECK_WEIGHTS.reduce((total, weight, i) => total + weight * Number(firstTenDigits.charAt(i)), 0);
  return ((1101 - sum) % 11) % 10;
}

/** Accepts the code with or without the hyphen and with blanks around it. */
export function parsePersonalCode(text: string): PersonalCodeResult {
  const compact = text.trim().replace(/^(\d{6})-(\d{5})$/, '$1$2');
  if (!/^\d{11}$/.test(compact)) {
    return { ok: false, error: 'MALFORMED_PERSONAL_CODE' };
  }
  const normalized = `${compact.slice(0, 6)}-${compact.slice(6)}`;
  if (/^3[2-9]/.test(compact)) {
    return { ok: true, code: { normalized, format: 'current', birthDate: null } };
  }
  const birthDate = legacyBirthDate(compact);
  if (birthDate === 'UNKNOWN_CENTURY') {
    return { ok: false, error: 'MALFORMED_PERSONAL_CODE' };
  }
  if (birthDate === null) {
    return { ok: false, error: 'PERSONAL_CODE_IMPOSSIBLE_DATE' };
  }
  if (legacyCheckDigit(compact) !== Number(compact.charAt(10))) {
    return { ok: false, error: 'PERSONAL_CODE_CHECKSUM' };
  }
  return { ok: true, code: { normalized, format: 'legacy', birthDate } };
}

function legacyBirthDate(digits: string): CalendarDate | null | 'UNKNOWN_CENTURY' {
  const century = Number(digits.charAt(6));
  if (century > 2) {
    return 'UNKNOWN_CENTURY';
  }
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = 1800 + century * 100 + Number(digits.slice(4, 6));
  return isValidCalendarDate(year, month, day) ? { year, month, day } : null;
}
