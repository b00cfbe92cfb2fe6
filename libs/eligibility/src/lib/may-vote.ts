import { CalendarDate, completedYears } from './calendar-date';
import { Decision, decide } from './decision';
import { Person } from './person';
import { ResidenceReason, residenceOn } from './residence';

/** Local Government Law Art. 59–61 as applied by Daugavpils regulations No. 42 (DOMAIN.md): 16+. */
export const DEFAULT_MINIMUM_VOTING_AGE = 16;

export interface VotingCycleRules {
  municipalityId: string;
  /** The day eligibility is judged on, a calendar date in Europe/Riga. */
  referenceDate: CalendarDate;
  /** Configurable per municipality/cycle; default 16. */
  minimumAge?: number;
}

export type VoteRefusal = 'NOT_NATURAL_PERSON' | 'NO_BIRTH_DATE' | 'UNDER_MINIMUM_AGE' | ResidenceReason;

/**
 * "Who may vote" (DOMAIN.md; issue 3 item 4): a natural person aged at least the minimum age
 * (default 16) on the cycle's reference date, with a declared residence in the municipality on
 * that date. Age and residence are both checked so a refusal lists every reason at once. A person
 * with no known birth date (new-format personal code, no register birth date) is refused with
 * NO_BIRTH_DATE rather than guessed: the register must supply it.
 */
export function mayVote(person: Person, cycle: VotingCycleRules): Decision<VoteRefusal> {
  if (person.kind !== 'natural') {
    return decide<VoteRefusal>(['NOT_NATURAL_PERSON']);
  }
  const reasons: VoteRefusal[] = [];
  const minimumAge = cycle.minimumAge ?? DEFAULT_MINIMUM_VOTING_AGE;
  if (person.birthDate === null) {
    reasons.push('NO_BIRTH_DATE');
  } else if (completedYears(person.birthDate, cycle.referenceDate) < minimumAge) {
    reasons.push('UNDER_MINIMUM_AGE');
  }
  const residence = residenceOn(person.residences ?? [], cycle.municipalityId, cycle.referenceDate);
  if (!residence.declared) {
    reasons.push(...residence.reasons);
  }
  return decide(reasons);
}
