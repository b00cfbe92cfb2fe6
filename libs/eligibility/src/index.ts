export {
  calendarDate,
  calendarDateInZone,
  CalendarDateError,
  compareDates,
  completedYears,
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  isSameDate,
  isValidCalendarDate,
  parseCalendarDate,
  tryParseCalendarDate,
  type CalendarDate,
  type CalendarDateErrorCode,
  type CalendarDateResult,
} from './lib/calendar-date';
export {
  detectCsvSeparator,
  tokenizeCsv,
  type CsvErrorCode,
  type CsvRecord,
  type CsvResult,
  type CsvSeparator,
} from './lib/csv';
export { decide, type Decision } from './lib/decision';
export {
  DEFAULT_MINIMUM_PROPOSER_AGE,
  mayPropose,
  PROPOSING_LEGAL_FORMS,
  type ProposeRefusal,
} from './lib/may-propose';
export { DEFAULT_MINIMUM_VOTING_AGE, mayVote, type VoteRefusal, type VotingCycleRules } from './lib/may-vote';
export type { DeclaredResidence, LegalForm, LegalPerson, NaturalPerson, Person } from './lib/person';
export {
  legacyCheckDigit,
  parsePersonalCode,
  type PersonalCode,
  type PersonalCodeErrorCode,
  type PersonalCodeFormat,
  type PersonalCodeResult,
} from './lib/personal-code';
export {
  DAUGAVPILS_PROJECT_CRITERIA,
  evaluateProjectChecklist,
  type ChecklistEvaluation,
  type ChecklistProblemCode,
  type CriterionDecision,
  type ProjectCriterion,
  type ProjectCriterionCode,
  type ProjectKind,
} from './lib/project-criteria';
export {
  checkProjectCost,
  PROJECT_COST_PRESETS,
  type CostRefusal,
  type ProjectCost,
  type ProjectCostLimits,
} from './lib/project-cost';
export {
  REGISTER_CSV_COLUMNS,
  registerRecordsFromCsv,
  type RegisterCsvError,
  type RegisterCsvErrorCode,
  type RegisterCsvMapping,
} from './lib/register-csv';
export {
  validateRegisterRecords,
  type RegisterErrorCode,
  type RegisterField,
  type RegisterRecord,
  type RegisterRow,
  type RegisterRowError,
  type RegisterValidation,
  type RegisterValidationOptions,
} from './lib/register-row';
export { residenceOn, type ResidenceOnDate, type ResidenceReason } from './lib/residence';
export {
  AGE_OF_MAJORITY,
  MIN_YOUTH_GROUP_MEMBERS,
  responsibleAdultEligibility,
  YOUTH_LAW_2026_BOUNDS,
  YOUTH_LAW_BOUNDS,
  YouthBoundsError,
  youthAccountEligibility,
  youthGroupEligibility,
  type ResponsibleAdultRefusal,
  type YouthAccountEligibility,
  type YouthAgeBounds,
  type YouthAgeRefusal,
  type YouthCondition,
  type YouthGroupEligibility,
  type YouthGroupMember,
  type YouthGroupRefusal,
} from './lib/youth';
