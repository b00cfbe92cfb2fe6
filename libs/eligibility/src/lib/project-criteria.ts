/** Investments build or buy something lasting; activities are events, courses and the like. */
export type ProjectKind = 'investment' | 'activity';

export type ProjectCriterionCode =
  | 'DEVELOPS_NEIGHBOURHOOD'
  | 'FITS_DEVELOPMENT_PROGRAMME'
  | 'NOT_FUNDED_ELSEWHERE'
  | 'NOT_BUSINESS_SUPPORT'
  | 'IMPROVES_ENVIRONMENT_HEALTH_EDUCATION_CULTURE'
  | 'ACTIVITY_BUYS_NO_FIXED_ASSETS'
  | 'MUNICIPAL_PROPERTY_OR_OWNER_CONSENT';

export interface ProjectCriterion {
  code: ProjectCriterionCode;
  appliesTo: readonly ProjectKind[];
  /** English reviewer guidance; the UI translates by `code`. */
  description: string;
  source: string;
}

const DAUGAVPILS_REGULATIONS = 'Daugavpils binding regulations No. 42 of 27 Dec 2024 (DOMAIN.md)';
const BOTH: readonly ProjectKind[] = ['investment', 'activity'];

/** The Daugavpils project eligibility criteria as data, so reviewers tick each one with a reason. */
export const DAUGAVPILS_PROJECT_CRITERIA: readonly ProjectCriterion[] = [
  {
    code: 'DEVELOPS_NEIGHBOURHOOD',
    appliesTo: BOTH,
    description: 'Develops the neighbourhood (apkaime).',
    source: DAUGAVPILS_REGULATIONS,
  },
  {
    code: 'FITS_DEVELOPMENT_PROGRAMME',
    appliesTo: BOTH,
    description: "Fits the city's development programme and territorial plan.",
    source: DAUGAVPILS_REGULATIONS,
  },
  {
    code: 'NOT_FUNDED_ELSEWHERE',
    appliesTo: BOTH,
    description: 'Not funded by another municipal programme.',
    source: DAUGAVPILS_REGULATIONS,
  },
  {
    code: 'NOT_BUSINESS_SUPPORT',
    appliesTo: BOTH,
    description: 'Is not support for a business.',
    source: DAUGAVPILS_REGULATIONS,
  },
  {
    code: 'IMPROVES_ENVIRONMENT_HEALTH_EDUCATION_CULTURE',
    appliesTo: BOTH,
    description:
      'Improves environment, health, education or culture: landscaping, amenities, infrastructure or a socially significant activity.',
    source: DAUGAVPILS_REGULATIONS,
  },
  {
    code: 'ACTIVITY_BUYS_NO_FIXED_ASSETS',
    appliesTo: ['activity'],
    description: 'An activity does not buy fixed assets.',
    source: DAUGAVPILS_REGULATIONS,
  },
  {
    code: 'MUNICIPAL_PROPERTY_OR_OWNER_CONSENT',
    appliesTo: ['investment'],
    description:
      "The investment is in municipal property, or in another owner's property with the owner's written consent.",
    source: DAUGAVPILS_REGULATIONS,
  },
];

/** A reviewer's tick or untick; an untick must say why, because the proposer is told. */
export interface CriterionDecision {
  criterion: ProjectCriterionCode;
  met: boolean;
  reason?: string;
}

export type ChecklistProblemCode = 'REASON_REQUIRED' | 'NOT_APPLICABLE' | 'UNKNOWN_CRITERION' | 'DUPLICATE_DECISION';

export interface ChecklistEvaluation {
  /** invalid: fix the decisions first; ineligible: some criterion unmet; incomplete: some not yet decided. */
  status: 'eligible' | 'ineligible' | 'incomplete' | 'invalid';
  unmet: readonly { criterion: ProjectCriterionCode; reason: string }[];
  pending: readonly ProjectCriterionCode[];
  problems: readonly { criterion: ProjectCriterionCode; code: ChecklistProblemCode }[];
}

/**
 * Evaluates a reviewer's checklist against the criteria that apply to the project's kind. A
 * project is eligible only when every applicable criterion is ticked as met; any untick makes it
 * ineligible even if others are still pending.
 */
export function evaluateProjectChecklist(
  criteria: readonly ProjectCriterion[],
  kind: ProjectKind,
  decisions: readonly CriterionDecision[],
): ChecklistEvaluation {
  const applicable = criteria.filter((c) => c.appliesTo.includes(kind)).map((c) => c.code);
  const problems: ChecklistEvaluation['problems'][number][] = [];
  const decided = new Map<ProjectCriterionCode, CriterionDecision>();
  for (const decision of decisions) {
    const problem = decisionProblem(decision, criteria, applicable, decided);
    if (problem) {
      problems.push({ criterion: decision.criterion, code: problem });
    } else {
      decided.set(decision.criterion, decision);
    }
  }
  const unmet = [...decided.values()]
    .filter((d) => !d.met)
    .map((d) => ({ criterion: d.criterion, reason: d.reason?.trim() ?? '' }));
  const pending = applicable.filter((code) => !decided.has(code));
  const status =
    problems.length > 0 ? 'invalid' : unmet.length > 0 ? 'ineligible' : pending.length > 0 ? 'incomplete' : 'eligible';
  return { status, unmet, pending, problems };
}

function decisionProblem(
  decision: CriterionDecision,
  criteria: readonly ProjectCriterion[],
  applicable: readonly ProjectCriterionCode[],
  decided: ReadonlyMap<ProjectCriterionCode, CriterionDecision>,
): ChecklistProblemCode | null {
  if (!criteria.some((c) => c.code === decision.criterion)) {
    return 'UNKNOWN_CRITERION';
  }
  if (!applicable.includes(decision.criterion)) {
    return 'NOT_APPLICABLE';
  }
  if (decided.has(decision.criterion)) {
    return 'DUPLICATE_DECISION';
  }
  return !decision.met && !decision.reason?.trim() ? 'REASON_REQUIRED' : null;
}
