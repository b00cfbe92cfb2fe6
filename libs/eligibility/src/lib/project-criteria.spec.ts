import {
  CriterionDecision,
  DAUGAVPILS_PROJECT_CRITERIA,
  evaluateProjectChecklist,
  ProjectCriterionCode,
} from './project-criteria';

const criteria = DAUGAVPILS_PROJECT_CRITERIA;
const COMMON: ProjectCriterionCode[] = [
  'DEVELOPS_NEIGHBOURHOOD',
  'FITS_DEVELOPMENT_PROGRAMME',
  'NOT_FUNDED_ELSEWHERE',
  'NOT_BUSINESS_SUPPORT',
  'IMPROVES_ENVIRONMENT_HEALTH_EDUCATION_CULTURE',
];
const met = (criterion: ProjectCriterionCode): CriterionDecision => ({ criterion, met: true });

describe('the Daugavpils project eligibility checklist', () => {
  it('cites its source on every criterion', () => {
    expect(criteria.every((c) => c.source.includes('No. 42'))).toBe(true);
  });

  it('asks an investment about property and an activity about fixed assets', () => {
    expect(evaluateProjectChecklist(criteria, 'investment', []).pending).toEqual([
      ...COMMON,
      'MUNICIPAL_PROPERTY_OR_OWNER_CONSENT',
    ]);
    expect(evaluateProjectChecklist(criteria, 'activity', []).pending).toEqual([
      ...COMMON,
      'ACTIVITY_BUYS_NO_FIXED_ASSETS',
    ]);
  });

  it('is eligible when every applicable criterion is ticked', () => {
    const decisions = [...COMMON, 'ACTIVITY_BUYS_NO_FIXED_ASSETS' as const].map(met);
    expect(evaluateProjectChecklist(criteria, 'activity', decisions)).toEqual({
      status: 'eligible',
      unmet: [],
      pending: [],
      problems: [],
    });
  });

  it('is incomplete while criteria remain undecided', () => {
    expect(evaluateProjectChecklist(criteria, 'investment', COMMON.map(met))).toMatchObject({
      status: 'incomplete',
      pending: ['MUNICIPAL_PROPERTY_OR_OWNER_CONSENT'],
    });
  });

  it('is ineligible as soon as one criterion is unticked, and keeps the reviewer reason', () => {
    const decisions = [
      met('DEVELOPS_NEIGHBOURHOOD'),
      { criterion: 'NOT_BUSINESS_SUPPORT' as const, met: false, reason: 'Café terrace for a private owner' },
    ];
    expect(evaluateProjectChecklist(criteria, 'investment', decisions)).toMatchObject({
      status: 'ineligible',
      unmet: [{ criterion: 'NOT_BUSINESS_SUPPORT', reason: 'Café terrace for a private owner' }],
    });
  });

  it.each<[string, CriterionDecision[], string]>([
    ['an untick without a reason', [{ criterion: 'NOT_FUNDED_ELSEWHERE', met: false, reason: ' ' }], 'REASON_REQUIRED'],
    ['a criterion of the other project kind', [met('ACTIVITY_BUYS_NO_FIXED_ASSETS')], 'NOT_APPLICABLE'],
    ['a criterion decided twice', [met('DEVELOPS_NEIGHBOURHOOD'), met('DEVELOPS_NEIGHBOURHOOD')], 'DUPLICATE_DECISION'],
    ['a criterion the list does not have', [met('NO_SUCH' as ProjectCriterionCode)], 'UNKNOWN_CRITERION'],
  ])('is invalid for %s', (_label, decisions, code) => {
    expect(evaluateProjectChecklist(criteria, 'investment', decisions)).toMatchObject({
      status: 'invalid',
      problems: [{ code }],
    });
  });
});
