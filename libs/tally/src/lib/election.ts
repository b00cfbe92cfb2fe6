import { Decimal } from './decimal';

/** Ballot kinds of the Pabulib format (README, "VOTES"). */
export const VOTE_TYPES = ['approval', 'choose-1', 'cumulative', 'ordinal', 'scoring'] as const;
export type VoteType = (typeof VOTE_TYPES)[number];

/**
 * Pabulib marks a project withdrawn after the vote with this artificial cost (README, "Official
 * outcomes", and e.g. Wrocław 2017 Rejon 11's comment). It is never a candidate: it is not selected and
 * does not stop a greedy-no-skip scan.
 */
export const WITHDRAWN_COST = 999_999_999n;

export interface ProjectSpec {
  readonly id: string;
  /** In units of 10^-scale of the election's currency. */
  readonly cost: bigint;
}

/** Ballot constraints from META; absent keys mean "no limit". */
export interface BallotLimits {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minPoints?: number;
  readonly maxPoints?: number;
  readonly minSumPoints?: number;
  readonly maxSumPoints?: number;
  /** Scoring ballots: the score of a project the voter did not list. */
  readonly defaultScore?: number;
}

/**
 * Everything a count and a tally need besides the ballots: the same object whether it came from a .pb
 * file or from a cycle in the database. Plain data, so it crosses a queue as JSON (bigints aside).
 */
export interface ElectionSetup {
  readonly voteType: VoteType;
  readonly budget: bigint;
  /** Decimal places of `budget` and every `cost`: an amount of 1 currency unit is 10^scale. */
  readonly scale: number;
  /** In the published order (PROJECTS section order in a file); the `file` tie-break uses it. */
  readonly projects: readonly ProjectSpec[];
  readonly limits: BallotLimits;
  /** META `min_project_score_threshold` for `greedy-threshold`; absent means 0. */
  readonly scoreThreshold?: Decimal;
  /** META `rule`: what the city applied; the CLI replays it when no rule is given. */
  readonly rule?: string;
}

/** One voter's ballot as the voting service stores it: project ids, plus points for cumulative/scoring. */
export interface Ballot {
  readonly projects: readonly string[];
  readonly points?: readonly number[];
}

/** 1 currency unit expressed in the setup's units (the `add1` step). */
export function currencyUnit(setup: ElectionSetup): bigint {
  return 10n ** BigInt(setup.scale);
}

export function isWithdrawn(project: ProjectSpec, setup: ElectionSetup): boolean {
  return project.cost === WITHDRAWN_COST * currencyUnit(setup);
}
