import { RuleContext } from '../context';
import { beats, Fraction, KeyedFraction, MesState, Rho } from './mes-state';

/** One bought project and the ρ it was bought at. */
export interface MesRound {
  readonly winner: number;
  readonly rho: KeyedFraction;
}

export interface MesRun {
  /** Free projects first, then the bought ones in the order of `rounds`. */
  readonly winners: readonly number[];
  readonly rounds: readonly MesRound[];
}

/**
 * The Method of Equal Shares with cost utilities, no completion (pabulib README, "Method of Equal
 * Shares"; Peters & Skowron, EC 2020): every voter starts with `start`; the project needing the smallest
 * ρ, where Σ min(bᵢ, ρ·uᵢ) = cost, is bought and its supporters pay min(bᵢ, ρ·uᵢ); a project its
 * supporters can no longer afford drops out for good. Budgets only shrink, so a project's last ρ is a
 * lower bound of its ρ now: candidates are scanned in that order and most are never recomputed.
 */
export function equalShares(context: RuleContext, start: Fraction): MesRun {
  const state = new MesState(context, start);
  const winners = freeProjects(context);
  const rounds: MesRound[] = [];
  for (let best = pickBest(context, state); best !== undefined; best = pickBest(context, state)) {
    const [winner, rho] = best;
    state.pay(winner, rho);
    winners.push(winner);
    rounds.push({ winner, rho });
  }
  return { winners, rounds };
}

/**
 * Replays the purchases of `lower` (a run from smaller starts) from `start`, and says whether they are
 * still an Equal Shares outcome there: each purchase must still beat every affordable rival that shares a
 * supporter with it, given the winner's ρ in `lower` (completions.ts, `add1Search`, says why that proves
 * the whole stretch in between), and nothing may be affordable at the end.
 */
export function replayEqualShares(
  context: RuleContext,
  start: Fraction,
  lower: MesRun,
  dependent: (p: number, q: number) => boolean,
): MesRun | undefined {
  const state = new MesState(context, start);
  const rounds: MesRound[] = [];
  for (const { winner, rho: bound } of lower.rounds) {
    const rho = state.computeRho(winner);
    const rivals = state.remaining().filter((rival) => rival !== winner && dependent(winner, rival));
    if (rho === undefined || !rivals.every((rival) => keepsLosing(context, state, bound, winner, rival))) {
      return undefined;
    }
    state.pay(winner, rho);
    rounds.push({ winner, rho });
  }
  return state.remaining().some((project) => state.isAffordable(project))
    ? undefined
    : { winners: lower.winners, rounds };
}

/** Cheapest first: a lower bound of the rival's ρ may already lose; else its ρ now, or unaffordable. */
function keepsLosing(
  context: RuleContext,
  state: MesState,
  bound: KeyedFraction,
  winner: number,
  rival: number,
): boolean {
  if (beats(context, bound, winner, state.lastRho[rival], rival)) {
    return true;
  }
  const rho = state.computeRho(rival);
  if (rho === undefined) {
    state.drop(rival);
    return true;
  }
  return beats(context, bound, winner, rho, rival);
}

/** A supported project that costs nothing needs ρ = 0: such projects come first, in tie-break order. */
function freeProjects(context: RuleContext): number[] {
  const { candidates, costs, profile, ranks } = context;
  return candidates
    .filter((project) => costs[project] === 0n && profile.supporters[project] > 0)
    .sort((a, b) => ranks[a] - ranks[b]);
}

/**
 * One round's choice, dropping the candidates found unaffordable on the way. Candidates are visited in
 * the order of their last ρ's key, so the winner tends to come early and the others are seen to lose
 * against their lower bound without recomputing. A candidate skipped this way is not checked for
 * affordability this round; it stays in the race, which changes nothing: it is only ever bought when
 * it wins, and winning is decided on its exact ρ.
 */
function pickBest(context: RuleContext, state: MesState): [number, Rho] | undefined {
  const { lastRho } = state;
  const order = state.byLastRho();
  let best: [number, Rho] | undefined;
  for (const project of order) {
    if (best !== undefined && best[1].key + 1n < lastRho[project].key) {
      break; // as in `beats`; the keys of the projects still to visit are at least this one's
    }
    if (best !== undefined && beats(context, best[1], best[0], lastRho[project], project)) {
      continue;
    }
    const rho = state.computeRho(project);
    if (rho === undefined) {
      state.drop(project);
    } else if (best === undefined || beats(context, rho, project, best[1], best[0])) {
      best = [project, rho];
    }
  }
  return best;
}
