import { CalendarDate, compareDates } from './calendar-date';
import { DeclaredResidence } from './person';

export type ResidenceReason = 'NOT_DECLARED_IN_MUNICIPALITY' | 'RESIDENCE_NOT_STARTED' | 'RESIDENCE_ENDED';

export type ResidenceOnDate =
  { declared: true; residence: DeclaredResidence } | { declared: false; reasons: readonly ResidenceReason[] };

/**
 * Whether a declaration in `municipalityId` is in force on `date`. Both ends are inclusive:
 * `declaredFrom` is the first day and `declaredTo` the last day of the declaration, the way
 * register extracts read ("no … līdz …"). So someone who moved in on the date is declared, and
 * someone whose declaration ended the day before is not (RESIDENCE_ENDED). An importer whose
 * source gives the exclusive end (the next address's start) must subtract one day.
 */
export function residenceOn(
  residences: readonly DeclaredResidence[],
  municipalityId: string,
  date: CalendarDate,
): ResidenceOnDate {
  const here = residences.filter((r) => r.municipalityId === municipalityId);
  const current = here.find((r) => covers(r, date));
  if (current) {
    return { declared: true, residence: current };
  }
  if (here.length === 0) {
    return { declared: false, reasons: ['NOT_DECLARED_IN_MUNICIPALITY'] };
  }
  const reasons: ResidenceReason[] = [];
  if (here.some((r) => r.declaredTo !== null && compareDates(r.declaredTo, date) < 0)) {
    reasons.push('RESIDENCE_ENDED');
  }
  if (here.some((r) => compareDates(r.declaredFrom, date) > 0)) {
    reasons.push('RESIDENCE_NOT_STARTED');
  }
  return { declared: false, reasons: reasons.length > 0 ? reasons : ['NOT_DECLARED_IN_MUNICIPALITY'] };
}

function covers(residence: DeclaredResidence, date: CalendarDate): boolean {
  const started = compareDates(residence.declaredFrom, date) <= 0;
  const notEnded = residence.declaredTo === null || compareDates(date, residence.declaredTo) <= 0;
  return started && notEnded;
}
