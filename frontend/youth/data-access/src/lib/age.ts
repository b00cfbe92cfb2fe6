import {
  AGE_OF_MAJORITY,
  responsibleAdultEligibility,
  calendarDateInZone,
  tryParseCalendarDate,
  YOUTH_LAW_BOUNDS,
  youthAccountEligibility,
  type YouthAccountEligibility,
} from '@balss/eligibility';

/**
 * What the redemption form should ask for a typed birth date, by the same rule the server applies
 * (`@balss/eligibility`, today in Europe/Riga): nothing yet for an unfinished date; a kind "not yet"
 * under 13; the responsible adult's details under 18. The upper bound is the municipality's
 * (25 or 30), known only to the server, so the form assumes the widest and lets the server decide.
 */
export type YouthAgeCheck =
  | { kind: 'unknown' }
  | { kind: 'refused'; reason: 'BELOW_YOUTH_AGE' | 'BIRTH_DATE_IN_FUTURE' }
  | { kind: 'needs-adult'; age: number }
  | { kind: 'adult'; age: number };

export function youthAgeCheck(birthDate: string, now: Date = new Date()): YouthAgeCheck {
  const parsed = tryParseCalendarDate(birthDate);
  if (!parsed.ok) {
    return { kind: 'unknown' };
  }
  const verdict: YouthAccountEligibility = youthAccountEligibility(parsed.date, calendarDateInZone(now), {
    ...YOUTH_LAW_BOUNDS,
    maxAge: 200,
  });
  if (!verdict.eligible) {
    const reason = verdict.reasons.find((r) => r !== 'ABOVE_YOUTH_AGE');
    return reason ? { kind: 'refused', reason } : { kind: 'unknown' };
  }
  return verdict.age < AGE_OF_MAJORITY
    ? { kind: 'needs-adult', age: verdict.age }
    : { kind: 'adult', age: verdict.age };
}

export const YOUTH_MIN_AGE = YOUTH_LAW_BOUNDS.minAge;

/** The responsible adult's declared birth date: 18+ today (Civil Law Art. 219), as the server checks. */
export function adultAgeCheck(birthDate: string, now: Date = new Date()): 'adult' | 'future' | 'under-age' | 'unknown' {
  const parsed = tryParseCalendarDate(birthDate);
  if (!parsed.ok) {
    return 'unknown';
  }
  const verdict = responsibleAdultEligibility(parsed.date, calendarDateInZone(now));
  if (verdict.eligible) {
    return 'adult';
  }
  return verdict.reasons.includes('BIRTH_DATE_IN_FUTURE') ? 'future' : 'under-age';
}
