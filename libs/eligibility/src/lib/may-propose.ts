import { CalendarDate, completedYears } from './calendar-date';
import { Decision, decide } from './decision';
import { LegalForm, Person } from './person';

/** DOMAIN.md "Who may propose": natural persons 16+ (any residence), associations and foundations. */
export const DEFAULT_MINIMUM_PROPOSER_AGE = 16;
export const PROPOSING_LEGAL_FORMS: readonly LegalForm[] = ['association', 'foundation'];

export type ProposeRefusal = 'NO_BIRTH_DATE' | 'UNDER_MINIMUM_AGE' | 'LEGAL_FORM_NOT_ALLOWED';

/**
 * Who may submit a PB proposal (Local Government Law Art. 59–61, Daugavpils regulations No. 42,
 * as summarised in DOMAIN.md): residence is deliberately not checked — anyone 16+ may propose —
 * and of legal persons only associations and foundations, so no company proposes for profit.
 */
export function mayPropose(
  person: Person,
  onDate: CalendarDate,
  minimumAge = DEFAULT_MINIMUM_PROPOSER_AGE,
): Decision<ProposeRefusal> {
  if (person.kind === 'legal') {
    return decide<ProposeRefusal>(PROPOSING_LEGAL_FORMS.includes(person.legalForm) ? [] : ['LEGAL_FORM_NOT_ALLOWED']);
  }
  if (person.birthDate === null) {
    return decide<ProposeRefusal>(['NO_BIRTH_DATE']);
  }
  return decide<ProposeRefusal>(completedYears(person.birthDate, onDate) < minimumAge ? ['UNDER_MINIMUM_AGE'] : []);
}
