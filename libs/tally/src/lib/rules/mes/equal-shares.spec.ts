import { Ballot, ElectionSetup, VoteType } from '../../election';
import { countBallots } from '../../count/ballot-count';
import { buildProfile } from '../../count/profile';
import { contextOf, idsOf, tallyFixture } from '../../../testing/tally-fixture';
import { readFixture } from '../../../testing/fixtures';
import { RuleContext, ruleContext } from '../context';
import { tieBreakRanks } from '../tie-break';
import { equalShares } from './equal-shares';
import { Fraction } from './mes-state';

/**
 * A deliberately naive Equal Shares, straight from the definition: one rational budget per voter, every
 * candidate recomputed every round. The engine (voter classes, shared denominators, lazy rescaling,
 * pruning by lower bounds) must agree with it exactly.
 */
function referenceEqualShares(context: RuleContext, start: Fraction): number[] {
  const { profile, costs, ranks } = context;
  const voters: Map<number, number>[] = [];
  profile.typeProjects.forEach((projects, type) => {
    const weights = new Map(Array.from(projects, (project, i) => [project, profile.typeWeights[type][i]] as const));
    for (let m = 0; m < profile.multiplicity[type]; m++) {
      voters.push(weights);
    }
  });
  const budget = voters.map(() => start);
  const winners = context.candidates
    .filter((p) => costs[p] === 0n && profile.supporters[p] > 0)
    .sort((a, b) => ranks[a] - ranks[b]);
  let remaining = context.candidates.filter((p) => costs[p] > 0n && profile.supporters[p] > 0);
  for (;;) {
    let best: { project: number; alpha: Fraction; rho: Fraction } | undefined;
    for (const project of remaining) {
      const supporters = voters.flatMap((weights, i) =>
        weights.has(project) ? [[i, BigInt(weights.get(project) ?? 0)] as const] : [],
      );
      const cost = { num: costs[project], den: 1n };
      if (
        compare(
          supporters.reduce((sum, [i]) => add(sum, budget[i]), ZERO),
          cost,
        ) < 0
      ) {
        remaining = remaining.filter((p) => p !== project);
        continue;
      }
      supporters.sort(([i, w], [j, v]) => compare(times(budget[i], v), times(budget[j], w)));
      let paid = ZERO;
      let weight = supporters.reduce((sum, [, w]) => sum + w, 0n);
      let alpha = ZERO;
      for (const [i, w] of supporters) {
        alpha = divide(subtract(cost, paid), weight);
        if (compare(budget[i], times(alpha, w)) >= 0) {
          break;
        }
        paid = add(paid, budget[i]);
        weight -= w;
      }
      const rho = divide(alpha, costs[project]);
      const order = best === undefined ? -1 : compare(rho, best.rho) || ranks[project] - ranks[best.project];
      if (order < 0) {
        best = { project, alpha, rho };
      }
    }
    if (best === undefined) {
      return winners;
    }
    const { project, alpha } = best;
    winners.push(project);
    remaining = remaining.filter((p) => p !== project);
    voters.forEach((weights, i) => {
      if (weights.has(project)) {
        const payment = times(alpha, BigInt(weights.get(project) ?? 0));
        budget[i] = compare(budget[i], payment) <= 0 ? ZERO : subtract(budget[i], payment);
      }
    });
  }
}

const ZERO: Fraction = { num: 0n, den: 1n };
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const make = (num: bigint, den: bigint): Fraction => ({ num: num / gcd(num, den), den: den / gcd(num, den) });
const add = (x: Fraction, y: Fraction): Fraction => make(x.num * y.den + y.num * x.den, x.den * y.den);
const subtract = (x: Fraction, y: Fraction): Fraction => make(x.num * y.den - y.num * x.den, x.den * y.den);
const times = (x: Fraction, k: bigint): Fraction => make(x.num * k, x.den);
const divide = (x: Fraction, k: bigint): Fraction => make(x.num, x.den * k);
const compare = (x: Fraction, y: Fraction): number =>
  Number(x.num * y.den - y.num * x.den > 0n) - Number(x.num * y.den - y.num * x.den < 0n);

/** Small random elections from a fixed seed (mulberry32), so failures reproduce. */
function randomElection(seed: number, voteType: VoteType): { setup: ElectionSetup; ballots: Ballot[] } {
  let state = seed;
  const random = (n: number): number => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) % n;
  };
  const projects = Array.from({ length: 3 + random(6) }, (_, i) => ({
    id: `p${i}`,
    cost: BigInt(1 + random(40)) * 5n,
  }));
  const ballots = Array.from({ length: 4 + random(25) }, (): Ballot => {
    const chosen = projects.filter(() => random(3) === 0).map((project) => project.id);
    const ranked = chosen.sort(() => random(3) - 1);
    return voteType === 'cumulative'
      ? { projects: ranked, points: ranked.map(() => 1 + random(3)) }
      : { projects: ranked };
  });
  const budget = BigInt(50 + random(200));
  return { setup: { voteType, budget, scale: 0, projects, limits: {} }, ballots };
}

describe('Method of Equal Shares', () => {
  it('gives each group its proportional share (6 voters → two X projects, 4 voters → one Y)', async () => {
    const result = await tallyFixture('proportional.pb', 'equalshares');
    expect(result).toMatchObject({ selected: ['X1', 'X2', 'Y1'], totalCost: '90', exhaustive: true });
  });

  it('breaks equal ρ by the named tie-break order', async () => {
    expect((await tallyFixture('proportional.pb', 'equalshares', 'file')).selected).toEqual(['X3', 'X1', 'Y1']);
    expect((await tallyFixture('proportional.pb', 'equalshares', 'id')).selected).toEqual(['X1', 'X2', 'Y1']);
  });

  it('agrees exactly with a naive per-voter implementation on every fixture', async () => {
    for (const name of [
      'proportional.pb',
      'greedy.pb',
      'cumulative.pb',
      'ordinal.pb',
      'scoring.pb',
      'choose-1.pb',
      'format-quirks.pb',
    ]) {
      const context = contextOf(await readFixture('valid', name));
      const start = { num: context.budget, den: BigInt(context.profile.voters) };
      expect(idsOf(context, equalShares(context, start).winners)).toEqual(
        idsOf(context, referenceEqualShares(context, start)),
      );
    }
  });

  it.each(['approval', 'cumulative', 'ordinal'] as const)(
    'agrees with the naive implementation on 150 random %s elections',
    (voteType) => {
      for (let seed = 1; seed <= 150; seed++) {
        const { setup, ballots } = randomElection(seed * 7919, voteType);
        const count = countBallots(setup, ballots);
        const profile = buildProfile(setup, count);
        const context = ruleContext(setup, profile, tieBreakRanks('cost', setup, profile));
        for (const start of [
          { num: setup.budget, den: BigInt(Math.max(1, count.voters)) },
          { num: BigInt(seed % 17) + 3n, den: 1n },
        ]) {
          expect([seed, equalShares(context, start).winners]).toEqual([seed, referenceEqualShares(context, start)]);
        }
      }
    },
  );

  // Starts of 2^50 units or more leave no bits for the integer keys (mes-state.ts): every group and ρ
  // comparison is then made on the exact fractions. Equal Shares does not depend on the money unit, so
  // the outcome must be the one of the same election in units 2^52 times larger.
  it('gives the same outcome with every amount multiplied by 2^52 (exact comparisons only)', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const { setup, ballots } = randomElection(seed * 104729, seed % 2 === 0 ? 'approval' : 'cumulative');
      const scaled = { ...setup, projects: setup.projects.map((project) => ({ ...project, cost: project.cost << 52n })) };
      const [small, large] = [setup, scaled].map((election) => {
        const count = countBallots(election, ballots);
        const profile = buildProfile(election, count);
        return ruleContext(election, profile, tieBreakRanks('cost', election, profile));
      });
      const voters = BigInt(Math.max(1, small.profile.voters));
      const smallStart = { num: setup.budget, den: voters };
      const largeStart = { num: setup.budget << 52n, den: voters };
      expect([seed, equalShares(large, largeStart).winners]).toEqual([seed, equalShares(small, smallStart).winners]);
      expect([seed, equalShares(large, largeStart).winners]).toEqual([seed, referenceEqualShares(large, largeStart)]);
    }
  });
});
