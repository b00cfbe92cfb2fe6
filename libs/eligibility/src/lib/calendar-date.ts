/**
 * A calendar date without time or zone. Birth dates, declaration dates and a cycle's reference
 * date are days on the Latvian calendar, so they are never `Date` instants: an instant read in
 * the wrong zone moves a birthday by one day around midnight.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type CalendarDateErrorCode = 'MALFORMED_DATE' | 'IMPOSSIBLE_DATE';

export type CalendarDateResult = { ok: true; date: CalendarDate } | { ok: false; code: CalendarDateErrorCode };

export class CalendarDateError extends Error {
  override readonly name = 'CalendarDateError';

  constructor(
    readonly code: CalendarDateErrorCode,
    readonly input: string,
  ) {
    super(`"${input}" is not a calendar date (${code})`);
  }
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    [year, month, day].every(Number.isInteger) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Builds a date from numbers; throws on 2023-02-29, month 13 and the like. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  if (!isValidCalendarDate(year, month, day)) {
    throw new CalendarDateError('IMPOSSIBLE_DATE', `${year}-${month}-${day}`);
  }
  return { year, month, day };
}

/**
 * Reads ISO `YYYY-MM-DD` and the Latvian written form `DD.MM.YYYY` (what register extracts and
 * people type). Shape errors are MALFORMED_DATE; dates that do not exist are IMPOSSIBLE_DATE.
 */
export function tryParseCalendarDate(text: string): CalendarDateResult {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const latvian = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : latvian ? [latvian[3], latvian[2], latvian[1]] : null;
  if (!parts) {
    return { ok: false, code: 'MALFORMED_DATE' };
  }
  const [year, month, day] = parts.map(Number) as [number, number, number];
  return isValidCalendarDate(year, month, day)
    ? { ok: true, date: { year, month, day } }
    : { ok: false, code: 'IMPOSSIBLE_DATE' };
}

export function parseCalendarDate(text: string): CalendarDate {
  const result = tryParseCalendarDate(text);
  if (!result.ok) {
    throw new CalendarDateError(result.code, text);
  }
  return result.date;
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  const diff = a.year - b.year || a.month - b.month || a.day - b.day;
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

export function isSameDate(a: CalendarDate, b: CalendarDate): boolean {
  return compareDates(a, b) === 0;
}

/**
 * Completed years of age on `on` (negative if `birth` is after `on`).
 *
 * Convention for people born on 29 February: in a common year they complete a year on
 * **28 February**. We found no Latvian provision written for leap-day birthdays, so we follow the
 * general continental civil-law rule for periods counted in months or years — a period whose last
 * month lacks the matching day ends on that month's last day (e.g. BGB §188(3), Polish KC art. 112,
 * Russian CC art. 192(3)). The alternative (1 March, as in English law) differs by one day and only
 * in common years; it is a one-line change in `anniversaryDay` if a lawyer rules otherwise.
 */
export function completedYears(birth: CalendarDate, on: CalendarDate): number {
  const years = on.year - birth.year;
  const anniversary = { year: on.year, month: birth.month, day: anniversaryDay(birth, on.year) };
  return compareDates(on, anniversary) < 0 ? years - 1 : years;
}

function anniversaryDay(birth: CalendarDate, year: number): number {
  return birth.month === 2 && birth.day === 29 && !isLeapYear(year) ? 28 : birth.day;
}

/**
 * The calendar date of an instant in a time zone (default Europe/Riga): "today" for a request
 * that arrives at 00:30 Riga time is the new day even though it is still yesterday in UTC.
 */
export function calendarDateInZone(instant: Date, timeZone = 'Europe/Riga'): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return calendarDate(part('year'), part('month'), part('day'));
}
