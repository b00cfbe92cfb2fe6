import { CalendarDate, compareDates, completedYears } from './calendar-date';
import { Decision, decide } from './decision';

/** Youth age bounds in completed years, both inclusive ("no 13 līdz 25 gadiem" includes 25-year-olds). */
export interface YouthAgeBounds {
  minAge: number;
  maxAge: number;
}

/** Youth Law (Jaunatnes likums) Art. 1: young people are aged 13 to 25. */
export const YOUTH_LAW_BOUNDS: YouthAgeBounds = { minAge: 13, maxAge: 25 };
/** The 2026 amendment to the Youth Law raises the upper bound to 30 (DOMAIN.md). */
export const YOUTH_LAW_2026_BOUNDS: YouthAgeBounds = { minAge: 13, maxAge: 30 };

/** Civil Law (Civillikums) Art. 219: majority at 18; below it a responsible adult must co-sign. */
export const AGE_OF_MAJORITY = 18;

/** Minimum size of an informal youth group (DOMAIN.md "Who uses it": ≥ 3 aged 13–25). */
export const MIN_YOUTH_GROUP_MEMBERS = 3;

export type YouthAgeRefusal = 'BIRTH_DATE_IN_FUTURE' | 'BELOW_YOUTH_AGE' | 'ABOVE_YOUTH_AGE';
export type YouthCondition = 'REQUIRES_RESPONSIBLE_ADULT';

export type YouthAccountEligibility =
  | { eligible: true; age: number; conditions: readonly YouthCondition[] }
  | { eligible: false; reasons: readonly YouthAgeRefusal[] };

export class YouthBoundsError extends Error {
  override readonly name = 'YouthBoundsError';
}

function assertBounds(bounds: YouthAgeBounds): void {
  const { minAge, maxAge } = bounds;
  if (!Number.isInteger(minAge) || !Number.isInteger(maxAge) || minAge < 0 || minAge > maxAge) {
    throw new YouthBoundsError(`Youth age bounds must be whole years with 0 ≤ min ≤ max, got ${minAge}–${maxAge}`);
  }
}

/**
 * A youth account (issue 3 item 5): under the lower bound refused, up to 17 allowed only once a
 * responsible adult confirms (the youth may draft meanwhile), 18 to the upper bound allowed,
 * above it refused.
 */
export function youthAccountEligibility(
  birthDate: CalendarDate,
  today: CalendarDate,
  bounds: YouthAgeBounds = YOUTH_LAW_BOUNDS,
): YouthAccountEligibility {
  assertBounds(bounds);
  if (compareDates(birthDate, today) > 0) {
    return { eligible: false, reasons: ['BIRTH_DATE_IN_FUTURE'] };
  }
  const age = completedYears(birthDate, today);
  if (age < bounds.minAge) {
    return { eligible: false, reasons: ['BELOW_YOUTH_AGE'] };
  }
  if (age > bounds.maxAge) {
    return { eligible: false, reasons: ['ABOVE_YOUTH_AGE'] };
  }
  return { eligible: true, age, conditions: age < AGE_OF_MAJORITY ? ['REQUIRES_RESPONSIBLE_ADULT'] : [] };
}

export type ResponsibleAdultRefusal = 'BIRTH_DATE_IN_FUTURE' | 'UNDER_AGE_OF_MAJORITY';

/** A responsible adult (mentor) must be of age, 18+ (Civil Law Art. 219; DOMAIN.md "Who uses it"). */
export function responsibleAdultEligibility(
  birthDate: CalendarDate,
  today: CalendarDate,
): Decision<ResponsibleAdultRefusal> {
  if (compareDates(birthDate, today) > 0) {
    return decide<ResponsibleAdultRefusal>(['BIRTH_DATE_IN_FUTURE']);
  }
  return decide<ResponsibleAdultRefusal>(
    completedYears(birthDate, today) < AGE_OF_MAJORITY ? ['UNDER_AGE_OF_MAJORITY'] : [],
  );
}

export interface YouthGroupMember {
  id: string;
  birthDate: CalendarDate;
}

export type YouthGroupRefusal = 'TOO_FEW_MEMBERS' | 'DUPLICATE_MEMBER' | 'MEMBER_OUTSIDE_YOUTH_AGE';

export type YouthGroupEligibility =
  | { eligible: true; conditions: readonly YouthCondition[] }
  | {
      eligible: false;
      reasons: readonly YouthGroupRefusal[];
      /** Which members fall outside the bounds, and why, so the form can point at them. */
      members: readonly { id: string; reason: YouthAgeRefusal }[];
    };

/**
 * An informal youth group (DOMAIN.md): at least three distinct members, every one within the
 * youth bounds; if any member is under 18 the application needs a responsible adult.
 */
export function youthGroupEligibility(
  members: readonly YouthGroupMember[],
  today: CalendarDate,
  bounds: YouthAgeBounds = YOUTH_LAW_BOUNDS,
): YouthGroupEligibility {
  const distinct = new Set(members.map((m) => m.id));
  const outside: { id: string; reason: YouthAgeRefusal }[] = [];
  let anyMinor = false;
  for (const member of members) {
    const result = youthAccountEligibility(member.birthDate, today, bounds);
    if (!result.eligible) {
      outside.push({ id: member.id, reason: result.reasons[0] ?? 'BELOW_YOUTH_AGE' });
    } else if (result.conditions.length > 0) {
      anyMinor = true;
    }
  }
  const reasons: YouthGroupRefusal[] = [];
  if (distinct.size < MIN_YOUTH_GROUP_MEMBERS) {
    reasons.push('TOO_FEW_MEMBERS');
  }
  if (distinct.size !== members.length) {
    reasons.push('DUPLICATE_MEMBER');
  }
  if (outside.length > 0) {
    reasons.push('MEMBER_OUTSIDE_YOUTH_AGE');
  }
  if (reasons.length > 0) {
    return { eligible: false, reasons, members: outside };
  }
  return { eligible: true, conditions: anyMinor ? ['REQUIRES_RESPONSIBLE_ADULT'] : [] };
}
