import { Profile } from '../count/profile';
import { ElectionSetup, isWithdrawn } from '../election';

/** What every rule receives: plain arrays indexed by project, money in the setup's units. */
export interface RuleContext {
  readonly setup: ElectionSetup;
  readonly profile: Profile;
  readonly costs: readonly bigint[];
  readonly budget: bigint;
  /** Projects that can be selected: all but the withdrawn ones, in file order. */
  readonly candidates: readonly number[];
  /** Tie-break rank per project, 0 first. */
  readonly ranks: Int32Array;
  /** Told how an Add1 search is going (diagnostics only: it cannot change a result). */
  readonly onSearchProgress?: (progress: SearchProgress) => void;
}

/** How far an Equal Shares Add1 search has got, after each exact MES run or proof attempt. */
export interface SearchProgress {
  /** Currency-unit steps of the start walked so far. */
  readonly steps: number;
  /** Single steps run as the definition says (one exact MES run each, the last one that overspends included). */
  readonly runs: number;
  /** Steps covered by proven stretches rather than runs. */
  readonly provenSteps: number;
  /** Stretches proven unchanged, and proofs that failed (each costs about one MES run). */
  readonly proofsPassed: number;
  readonly proofsFailed: number;
  /** Single steps whose purchase order differed from the step before: no stretch can span one. */
  readonly orderChanges: number;
}

export function ruleContext(
  setup: ElectionSetup,
  profile: Profile,
  ranks: Int32Array,
  onSearchProgress?: (progress: SearchProgress) => void,
): RuleContext {
  return {
    setup,
    profile,
    costs: setup.projects.map((project) => project.cost),
    budget: setup.budget,
    candidates: setup.projects.flatMap((project, i) => (isWithdrawn(project, setup) ? [] : [i])),
    ranks,
    onSearchProgress,
  };
}

export function totalCost(context: RuleContext, selected: readonly number[]): bigint {
  return selected.reduce((sum, project) => sum + context.costs[project], 0n);
}

/** No unselected candidate fits in what is left of the budget (pabutools' `is_exhaustive`). */
export function isExhaustive(context: RuleContext, selected: readonly number[], onlySupported = false): boolean {
  const left = context.budget - totalCost(context, selected);
  const chosen = new Set(selected);
  return !context.candidates.some(
    (project) =>
      !chosen.has(project) &&
      context.costs[project] <= left &&
      (!onlySupported || context.profile.supporters[project] > 0),
  );
}
