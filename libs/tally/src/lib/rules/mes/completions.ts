import { currencyUnit } from '../../election';
import { isExhaustive, RuleContext, totalCost } from '../context';
import { fillGreedily, greedy } from '../greedy';
import { equalShares, MesRun, replayEqualShares } from './equal-shares';
import { Fraction } from './mes-state';

/** How the Add1 search moves: `jump` skips the steps it can prove would not change the outcome. */
export type Stepping = 'jump' | 'unit';

/** Every voter's start after t steps: (base + step·t) / denominator. */
interface StartLine {
  readonly base: bigint;
  readonly step: bigint;
  readonly denominator: bigint;
}

/** Plain `equalshares`: every voter starts with exactly budget ÷ voters (README), no completion. */
export function equalSharesPlain(context: RuleContext): number[] {
  return [...equalShares(context, { num: context.budget, den: voterCount(context) }).winners];
}

/**
 * `equalshares/add1` (README; how Pabulib validates Świecie and Assen): start every voter at
 * floor(budget ÷ voters) whole currency units, then raise every start by one unit and re-run as long as
 * the outcome still fits the budget; the answer is the last outcome that fits.
 */
export function equalSharesAdd1(context: RuleContext, stepping: Stepping = 'jump'): number[] {
  const unit = currencyUnit(context.setup);
  const floorShare = (context.budget / (voterCount(context) * unit)) * unit;
  return add1Search(context, { base: floorShare, step: unit, denominator: 1n }, false, stepping);
}

/**
 * `equalshares/add1-exhaustive` (README, variants): start at exactly budget ÷ voters and stop at the
 * first exhaustive outcome (no unselected supported project still fits), else the last that fits.
 */
export function equalSharesAdd1Exhaustive(context: RuleContext, stepping: Stepping = 'jump'): number[] {
  const voters = voterCount(context);
  const line = { base: context.budget, step: voters * currencyUnit(context.setup), denominator: voters };
  return add1Search(context, line, true, stepping);
}
/** `equalshares/add1-greedy` (README, variants): add1-exhaustive, then the money left filled greedily. */
export function equalSharesAdd1Greedy(context: RuleContext): number[] {
  return fillGreedily(context, equalSharesAdd1Exhaustive(context));
}

/**
 * `equalshares/add1-comparison` (README; Wieliczka 2023): each voter prefers the outcome holding more of
 * the projects they support; greedy replaces the Add1 outcome only if strictly more voters prefer it.
 */
export function equalSharesAdd1Comparison(context: RuleContext): number[] {
  const shares = equalSharesAdd1(context);
  const greedyOutcome = greedy(context);
  const inShares = new Set(shares);
  const inGreedy = new Set(greedyOutcome);
  let preferGreedy = 0;
  let preferShares = 0;
  context.profile.typeProjects.forEach((projects, type) => {
    const voters = context.profile.multiplicity[type];
    const balance = projects.reduce(
      (sum, project) => sum + Number(inGreedy.has(project)) - Number(inShares.has(project)),
      0,
    );
    preferGreedy += balance > 0 ? voters : 0;
    preferShares += balance < 0 ? voters : 0;
  });
  return preferGreedy > preferShares ? greedyOutcome : shares;
}

/**
 * Walks t = 0, 1, 2, … as the Add1 definition does, but proves whole stretches at once: when the
 * purchases found at t, replayed at t + s, pass `replayEqualShares`, every step in between has the same
 * outcome (proof below) and the stride doubles (unless the proof had just failed at twice the stride); a
 * failed proof halves it, down to single steps, which are simply run. While proofs at stride 2 keep
 * failing, 1, 2, 4, … (at most 16) single steps are run before the next try. The choice of strides only decides which
 * stretches are tried, never what is accepted, so the outcome is the same. `unit` stepping runs every
 * step; the tests use it to show both agree.
 *
 * Why a passed replay proves [t, t + s]. (1) Order between projects with no common supporter does not
 * matter: buying one leaves the other's ρ unchanged and only raises everyone else's, so any order in
 * which each purchase beats its affordable *dependent* rivals (those sharing a supporter) reaches the
 * same outcome and budgets as Equal Shares itself (exchange argument: Equal Shares' first pick is such
 * a purchase, and must come before every dependent one in the other order). (2) Along one fixed order,
 * richer starts leave every voter at least as rich after each payment (remaining = max(0, b − α·w), and
 * α can only fall when budgets rise), so every ρ is non-increasing in t. Hence on [t, t + s] a winner's
 * ρ is at most its ρ at t, a rival's at least its ρ (or a lower bound) at t + s, and a rival
 * unaffordable at t + s is unaffordable below it: if the winner wins with those bounds, it wins
 * throughout, and so does the same order of purchases.
 */
function add1Search(context: RuleContext, line: StartLine, stopWhenExhaustive: boolean, stepping: Stepping): number[] {
  const dependent = stepping === 'jump' ? dependence(context) : undefined;
  const startAt = (t: bigint): Fraction => ({ num: line.base + line.step * t, den: line.denominator });
  let t = 0n;
  let current = equalShares(context, startAt(t));
  let inOwnOrder = true;
  let stride = 1n;
  // Which strides to try only steers the search (each jump is proven on its own): after a failed proof
  // the stride that then passes is kept rather than doubled again, and while proofs at stride 2 keep
  // failing, that many more single steps are run before the next try (a failed try costs about a run).
  let failed = false;
  let unitSteps = 0n;
  let backoff = 1n;
  const progress = { steps: 0, runs: 0, provenSteps: 0, proofsPassed: 0, proofsFailed: 0, orderChanges: 0 };
  while (!(stopWhenExhaustive && isExhaustive(context, current.winners, true)) && !saturated(context, line, t)) {
    const proof =
      dependent && stride > 1n ? replayEqualShares(context, startAt(t + stride), current, dependent) : undefined;
    if (proof !== undefined) {
      progress.provenSteps += Number(stride);
      [t, current, inOwnOrder] = [t + stride, proof, false];
      stride = failed ? stride : stride * 2n;
      failed = false;
      backoff = 1n;
      progress.proofsPassed++;
    } else if (stride > 1n) {
      if (stride === 2n) {
        unitSteps = backoff;
        backoff = backoff < 16n ? backoff * 2n : backoff;
      }
      stride /= 2n;
      failed = true;
      progress.proofsFailed++;
    } else {
      const next = equalShares(context, startAt(t + 1n));
      progress.runs++;
      if (totalCost(context, next.winners) > context.budget) {
        context.onSearchProgress?.(progress);
        break;
      }
      progress.orderChanges += sameOrder(current, next) ? 0 : 1;
      [t, current, inOwnOrder] = [t + 1n, next, true];
      unitSteps = unitSteps > 0n ? unitSteps - 1n : 0n;
      stride = dependent && unitSteps === 0n ? 2n : 1n;
      failed = false;
    }
    progress.steps = Number(t);
    context.onSearchProgress?.(progress);
  }
  // A replayed order is a valid order, not necessarily the one Equal Shares reports: run it once more.
  return [...(inOwnOrder ? current : equalShares(context, startAt(t))).winners];
}

function sameOrder(a: MesRun, b: MesRun): boolean {
  return a.winners.length === b.winners.length && a.winners.every((project, i) => b.winners[i] === project);
}

/** dependent(p, q): some voter supports both, so buying one can change the other's ρ. */
function dependence(context: RuleContext): (p: number, q: number) => boolean {
  const count = context.setup.projects.length;
  const matrix = new Uint8Array(count * count);
  for (const projects of context.profile.typeProjects) {
    for (const p of projects) {
      for (const q of projects) {
        matrix[p * count + q] = 1;
      }
    }
  }
  return (p, q) => matrix[p * count + q] === 1;
}

function voterCount(context: RuleContext): bigint {
  return BigInt(Math.max(1, context.profile.voters));
}

/**
 * Once every voter alone holds the cost of all supported candidates, MES buys them all and raising the
 * starts cannot change the outcome any more: the search is finite even when nothing ever overspends.
 */
function saturated(context: RuleContext, line: StartLine, t: bigint): boolean {
  const all = context.candidates.reduce(
    (sum, project) => sum + (context.profile.supporters[project] > 0 ? context.costs[project] : 0n),
    0n,
  );
  return line.base + line.step * t >= all * line.denominator;
}
