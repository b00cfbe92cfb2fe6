import { ElectionSetup } from '../election';
import { BallotCount } from './ballot-count';

/**
 * The count in the shape the rules need: each distinct ballot ("type") with its multiplicity and the
 * weight it gives each project, and each project's supporters. Utilities are weight × cost (README,
 * "The rules, precisely"): approval and choose-1 weigh 1, cumulative and scoring weigh the points,
 * ordinal weighs K − rank with K = max_length, else the longest ballot.
 */
export interface Profile {
  readonly voters: number;
  readonly multiplicity: readonly number[];
  /** Per type: the projects it gives a positive weight, and those weights. */
  readonly typeProjects: readonly Int32Array[];
  readonly typeWeights: readonly Int32Array[];
  /** Per project: the types that support it, and their weights. */
  readonly supporterTypes: readonly Int32Array[];
  readonly supporterWeights: readonly Int32Array[];
  /** Per project: Σ multiplicity × weight, the greedy "density" (votes or score). */
  readonly scores: readonly number[];
  /** Per project: how many voters give it a positive weight ("votes" in tie-breaks). */
  readonly supporters: readonly number[];
  /** The largest weight any ballot gives (at least 1): Equal Shares keys its groups by it on every run. */
  readonly maxWeight: number;
}

export function buildProfile(setup: ElectionSetup, count: BallotCount): Profile {
  const projectCount = setup.projects.length;
  const k = setup.limits.maxLength ?? count.longestBallot;
  const multiplicity: number[] = [];
  const typeProjects: Int32Array[] = [];
  const typeWeights: Int32Array[] = [];
  for (const [key, m] of count.ballots) {
    const [projects, weights] = decodeWeights(setup, key, k);
    multiplicity.push(m);
    typeProjects.push(projects);
    typeWeights.push(weights);
  }
  const scores = new Array<number>(projectCount).fill(0);
  const supporters = new Array<number>(projectCount).fill(0);
  let maxWeight = 1;
  const lists: { types: number[]; weights: number[] }[] = setup.projects.map(() => ({ types: [], weights: [] }));
  typeProjects.forEach((projects, type) => {
    const m = multiplicity[type];
    projects.forEach((project, j) => {
      const weight = typeWeights[type][j];
      scores[project] += m * weight;
      maxWeight = Math.max(maxWeight, weight);
      supporters[project] += m;
      lists[project].types.push(type);
      lists[project].weights.push(weight);
    });
  });
  return {
    voters: count.voters,
    multiplicity,
    typeProjects,
    typeWeights,
    supporterTypes: lists.map((list) => Int32Array.from(list.types)),
    supporterWeights: lists.map((list) => Int32Array.from(list.weights)),
    scores,
    supporters,
    maxWeight,
  };
}

/** Decodes a BallotCount key (see ballot-count.ts) into positive weights; runs once per distinct ballot. */
function decodeWeights(setup: ElectionSetup, key: string, k: number): [Int32Array, Int32Array] {
  const items = key === '' ? [] : key.split(',');
  switch (setup.voteType) {
    case 'approval':
    case 'choose-1':
      return [toIndices(items), new Int32Array(items.length).fill(1)];
    case 'ordinal':
      return [toIndices(items), new Int32Array(items.length).map((_, rank) => k - rank)];
    case 'cumulative':
      return pointsWeights(items, new Map());
    case 'scoring':
      return pointsWeights(
        items,
        new Map(setup.projects.map((_, project) => [project, setup.limits.defaultScore ?? 0])),
      );
  }
}

function toIndices(items: readonly string[]): Int32Array {
  const indices = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    indices[i] = Number(items[i]);
  }
  return indices;
}

function pointsWeights(items: readonly string[], weights: Map<number, number>): [Int32Array, Int32Array] {
  for (const item of items) {
    const separator = item.indexOf(':');
    weights.set(Number(item.slice(0, separator)), Number(item.slice(separator + 1)));
  }
  const positive = [...weights].filter(([, weight]) => weight > 0).sort((a, b) => a[0] - b[0]);
  return [Int32Array.from(positive, ([project]) => project), Int32Array.from(positive, ([, weight]) => weight)];
}
