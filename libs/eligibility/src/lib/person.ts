import { CalendarDate } from './calendar-date';

/** One row of the population register as imported: a declared residence over a period. */
export interface DeclaredResidence {
  municipalityId: string;
  neighbourhood?: string;
  declaredFrom: CalendarDate;
  /** Last day the declaration was in force (inclusive); null while it still is. */
  declaredTo: CalendarDate | null;
}

export interface NaturalPerson {
  kind: 'natural';
  /** Null when neither the register nor the personal code gives one (new-format codes). */
  birthDate: CalendarDate | null;
  residences?: readonly DeclaredResidence[];
}

/** Legal forms under the Associations and Foundations Law; others (companies, …) may not propose. */
export type LegalForm = 'association' | 'foundation' | 'company' | 'other';

export interface LegalPerson {
  kind: 'legal';
  legalForm: LegalForm;
}

export type Person = NaturalPerson | LegalPerson;
