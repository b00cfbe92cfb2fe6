import { Ballot, ElectionSetup } from '../election';
import { TallyError } from '../errors';

/**
 * A partial count: distinct ballots with their multiplicities. Counting is a sum, so counts made over
 * disjoint slices of the ballots (several workers, several ballot boxes) merge into the count of the
 * whole; and memory grows with the number of *distinct* ballots, not with the number of voters.
 *
 * A key lists project indices into `setup.projects`: approval `3,7,12` (sorted), ordinal `12,3,7`
 * (rank order), cumulative/scoring `3:2,7:1` (sorted; points equal to the default are dropped), so
 * ballots that mean the same thing share one key.
 */
export interface BallotCount {
  readonly voters: number;
  /** The longest ballot seen: K of the ordinal utilities when META has no `max_length`. */
  readonly longestBallot: number;
  readonly ballots: ReadonlyMap<string, number>;
}

export const EMPTY_COUNT: BallotCount = { voters: 0, longestBallot: 0, ballots: new Map() };

export function mergeCounts(...counts: readonly BallotCount[]): BallotCount {
  const ballots = new Map<string, number>();
  for (const count of counts) {
    for (const [key, multiplicity] of count.ballots) {
      ballots.set(key, (ballots.get(key) ?? 0) + multiplicity);
    }
  }
  return {
    voters: counts.reduce((sum, count) => sum + count.voters, 0),
    longestBallot: counts.reduce((longest, count) => Math.max(longest, count.longestBallot), 0),
    ballots,
  };
}

/** Validates and counts ballots one at a time; holds no ballot after `add` returns. */
export class BallotCounter {
  private readonly index = new Map<string, number>();
  private readonly ballots = new Map<string, number>();
  private voters = 0;
  private longestBallot = 0;

  constructor(private readonly setup: ElectionSetup) {
    setup.projects.forEach((project, i) => this.index.set(project.id, i));
  }

  /** Throws a TallyError (`unknown-project`, `bad-ballot`, `points-limit`) naming the problem. */
  add(ballot: Ballot, multiplicity = 1): void {
    const indices = ballot.projects.map((id) => this.indexOf(id));
    const key = ballotKey(this.setup, indices, ballot.points);
    this.ballots.set(key, (this.ballots.get(key) ?? 0) + multiplicity);
    this.voters += multiplicity;
    this.longestBallot = Math.max(this.longestBallot, indices.length);
  }

  result(): BallotCount {
    return { voters: this.voters, longestBallot: this.longestBallot, ballots: new Map(this.ballots) };
  }

  private indexOf(id: string): number {
    const i = this.index.get(id);
    if (i === undefined) {
      throw new TallyError('unknown-project', `unknown project id "${id}" in a vote`);
    }
    return i;
  }
}

export function countBallots(setup: ElectionSetup, ballots: Iterable<Ballot>): BallotCount {
  const counter = new BallotCounter(setup);
  for (const ballot of ballots) {
    counter.add(ballot);
  }
  return counter.result();
}

/** The worker's path: ballots streamed from the database, never all in memory at once. */
export async function countBallotsAsync(setup: ElectionSetup, ballots: AsyncIterable<Ballot>): Promise<BallotCount> {
  const counter = new BallotCounter(setup);
  for await (const ballot of ballots) {
    counter.add(ballot);
  }
  return counter.result();
}

function ballotKey(setup: ElectionSetup, indices: number[], points: readonly number[] | undefined): string {
  if (new Set(indices).size !== indices.length) {
    throw new TallyError('bad-ballot', 'a project appears twice on one ballot');
  }
  checkLength(setup, indices.length);
  switch (setup.voteType) {
    case 'approval':
    case 'choose-1':
      return [...indices].sort((a, b) => a - b).join(',');
    case 'ordinal':
      return indices.join(',');
    case 'cumulative':
    case 'scoring':
      return pointsKey(setup, indices, checkPoints(setup, indices, points));
  }
}

function checkLength(setup: ElectionSetup, length: number): void {
  if (setup.voteType === 'choose-1' && length > 1) {
    throw new TallyError('bad-ballot', `a choose-1 ballot lists ${length} projects`);
  }
  // Ordinal utilities are K − rank with K = max_length; a longer ranking would give a project 0 or less.
  const max = setup.limits.maxLength;
  if (setup.voteType === 'ordinal' && max !== undefined && length > max) {
    throw new TallyError('bad-ballot', `a ranking of ${length} projects exceeds max_length ${max}`);
  }
}

function checkPoints(
  setup: ElectionSetup,
  indices: number[],
  points: readonly number[] | undefined,
): readonly number[] {
  if (points === undefined || points.length !== indices.length) {
    throw new TallyError('bad-ballot', `${indices.length} projects but ${points?.length ?? 0} points`);
  }
  // Only the upper limits are enforced: real ballots fall short of the lower ones (Mechanical Turk
  // Utilities 7 and 8 have min_sum_points 100 and ballots of 98 and 99 points, rounding in the source).
  const { maxPoints, maxSumPoints } = setup.limits;
  for (const value of points) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new TallyError('bad-ballot', `points must be non-negative whole numbers, got ${value}`);
    }
    if (maxPoints !== undefined && value > maxPoints) {
      throw new TallyError('points-limit', `${value} points for one project is over max_points ${maxPoints}`);
    }
  }
  const sum = points.reduce((total, value) => total + value, 0);
  if (maxSumPoints !== undefined && sum > maxSumPoints) {
    throw new TallyError('points-limit', `${sum} points in all is over max_sum_points ${maxSumPoints}`);
  }
  return points;
}

function pointsKey(setup: ElectionSetup, indices: number[], points: readonly number[]): string {
  const absent = setup.voteType === 'scoring' ? (setup.limits.defaultScore ?? 0) : 0;
  return indices
    .map((project, i) => [project, points[i] ?? 0] as const)
    .filter(([, value]) => value !== absent)
    .sort((a, b) => a[0] - b[0])
    .map(([project, value]) => `${project}:${value}`)
    .join(',');
}
