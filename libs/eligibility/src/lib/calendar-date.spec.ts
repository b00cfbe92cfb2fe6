import {
  calendarDate,
  calendarDateInZone,
  compareDates,
  completedYears,
  formatIsoDate,
  parseCalendarDate,
  tryParseCalendarDate,
} from './calendar-date';

const d = parseCalendarDate;

describe('calendar dates', () => {
  it.each([
    ['2025-03-09', { year: 2025, month: 3, day: 9 }],
    ['09.03.2025', { year: 2025, month: 3, day: 9 }],
    [' 2024-02-29 ', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
  ])('reads %j', (text, expected) => {
    expect(tryParseCalendarDate(text)).toEqual({ ok: true, date: expected });
  });

  it.each([
    ['2023-02-29', 'IMPOSSIBLE_DATE'],
    ['1900-02-29', 'IMPOSSIBLE_DATE'],
    ['2025-04-31', 'IMPOSSIBLE_DATE'],
    ['2025-13-01', 'IMPOSSIBLE_DATE'],
    ['2025-00-10', 'IMPOSSIBLE_DATE'],
    ['31.06.2025', 'IMPOSSIBLE_DATE'],
    ['2025-3-9', 'MALFORMED_DATE'],
    ['2025/03/09', 'MALFORMED_DATE'],
    ['9.3.2025', 'MALFORMED_DATE'],
    ['', 'MALFORMED_DATE'],
  ])('refuses %j as %s', (text, code) => {
    expect(tryParseCalendarDate(text)).toEqual({ ok: false, code });
  });

  it('throws a typed error from the strict constructors', () => {
    expect(() => calendarDate(2023, 2, 29)).toThrow('IMPOSSIBLE_DATE');
    expect(() => parseCalendarDate('tomorrow')).toThrow('MALFORMED_DATE');
  });

  it('writes ISO with zero padding and orders dates', () => {
    expect(formatIsoDate(calendarDate(987, 1, 2))).toBe('0987-01-02');
    expect(compareDates(d('2025-01-31'), d('2025-02-01'))).toBe(-1);
    expect(compareDates(d('2025-02-01'), d('2025-02-01'))).toBe(0);
  });
});

describe('completed years of age', () => {
  it.each([
    ['2009-05-10', '2025-05-10', 16, 'on the 16th birthday'],
    ['2009-05-10', '2025-05-09', 15, 'the day before: 15 years 364 days'],
    ['2009-12-31', '2025-12-30', 15, 'year-end birthday, a day short'],
    ['2009-01-01', '2025-01-01', 16, 'new-year birthday'],
    ['2030-01-01', '2025-01-01', -5, 'born after the date'],
  ])('born %s is %d on %s… (%s)', (birth, on, years) => {
    expect(completedYears(d(birth), d(on))).toBe(years);
  });

  describe('born on 29 February (convention: 28 February in common years)', () => {
    it.each([
      ['2025-02-27', 16],
      ['2025-02-28', 17],
      ['2025-03-01', 17],
      ['2024-02-28', 15],
      ['2024-02-29', 16],
    ])('on %s is %d', (on, years) => {
      expect(completedYears(d('2008-02-29'), d(on))).toBe(years);
    });

    it('handles the 2100 non-leap century year the same way', () => {
      expect(completedYears(d('2096-02-29'), d('2100-02-28'))).toBe(4);
      expect(completedYears(d('2096-02-29'), d('2100-02-27'))).toBe(3);
    });
  });
});

describe('the calendar date of an instant in Europe/Riga', () => {
  it.each([
    ['2025-06-30T21:30:00Z', '2025-07-01', 'summer: UTC+3, already tomorrow'],
    ['2025-06-30T20:59:59Z', '2025-06-30', 'summer: a second before Riga midnight'],
    ['2025-01-14T22:00:00Z', '2025-01-15', 'winter: UTC+2'],
    ['2025-03-29T22:30:00Z', '2025-03-30', 'the night DST starts'],
    ['2025-12-31T22:00:00Z', '2026-01-01', 'new year in Riga before UTC'],
  ])('%s is %s (%s)', (instant, expected) => {
    expect(formatIsoDate(calendarDateInZone(new Date(instant)))).toBe(expected);
  });

  it('takes another zone when asked', () => {
    expect(formatIsoDate(calendarDateInZone(new Date('2025-06-30T21:30:00Z'), 'UTC'))).toBe('2025-06-30');
  });
});
