import { RuleContext } from '../context';

/** An exact non-negative rational. */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** A project's ρ = α / cost, and how its supporters would pay for it. */
export interface Rho extends Fraction {
  /** Supporter groups sorted by budget ÷ weight; the first `poor` of them pay all they have. */
  readonly groups: readonly Group[];
  readonly poor: number;
  /** α = need / (denominator · richWeight): what the others pay per unit of weight. */
  readonly need: bigint;
  readonly richWeight: bigint;
  /** A float near ρ, only to choose which candidate to look at first, never to decide. */
  readonly estimate: number;
}

/** Voters of one budget class giving a project the same weight. */
interface Group {
  readonly cls: number;
  readonly weight: number;
  readonly voters: bigint;
  /** The class budget over the current denominator. */
  readonly budget: bigint;
}

export const ZERO: Fraction = { num: 0n, den: 1n };

/** p beats q: smaller ρ, or the same ρ and earlier in the tie-break order (a strict total order). */
export function beats(context: RuleContext, rhoP: Fraction, p: number, rhoQ: Fraction, q: number): boolean {
  const difference = rhoP.num * rhoQ.den - rhoQ.num * rhoP.den;
  return difference < 0n || (difference === 0n && context.ranks[p] < context.ranks[q]);
}

/**
 * The budgets during one Equal Shares computation. Voters with the same remaining budget form one
 * class, held as a bigint numerator over a shared denominator, so a ρ costs one pass over the classes
 * supporting the project rather than over its voters, and stays exact. With uᵢ = weight × cost we solve
 * for α = ρ·cost, the payment per unit of weight. Each payment multiplies the shared denominator; a class
 * is brought up to date only when read, since most classes are never read again.
 */
export class MesState {
  private readonly weightSpan: number;
  /** Class c holds stored[c] / denominators[epoch[c]]. */
  private readonly stored: bigint[];
  private readonly epoch: number[];
  private readonly denominators: bigint[];
  /** denominators[now] / denominators[epoch], per epoch, for the current `now`. */
  private readonly rescale = new Map<number, bigint>();
  private zeroClass: number | undefined;
  private readonly typeClass: Int32Array;
  /** Per candidate still in the race: (class · weightSpan + weight) → voters. */
  private readonly groups = new Map<number, Map<number, number>>();
  /** ρ at the last computation: a lower bound of the ρ now, since budgets only shrink. */
  readonly lastRho: (Fraction & { readonly estimate: number })[];

  constructor(
    private readonly context: RuleContext,
    start: Fraction,
  ) {
    const { profile } = context;
    this.weightSpan = 1 + Math.max(1, ...profile.typeWeights.map((weights) => Math.max(0, ...weights)));
    this.stored = [start.num];
    this.epoch = [0];
    this.denominators = [start.den];
    this.typeClass = new Int32Array(profile.multiplicity.length);
    this.lastRho = context.setup.projects.map(() => ({ ...ZERO, estimate: 0 }));
    for (const project of context.candidates) {
      if (context.costs[project] !== 0n && profile.supporters[project] > 0) {
        this.groups.set(project, this.initialGroups(project));
      }
    }
  }

  /** Candidates not bought and not yet found unaffordable. */
  remaining(): number[] {
    return [...this.groups.keys()];
  }

  /** Takes a project out of the race for good (README: an unaffordable project is removed). */
  drop(project: number): void {
    this.groups.delete(project);
  }

  /** Whether its supporters together still hold the project's cost. */
  isAffordable(project: number): boolean {
    let money = 0n;
    for (const group of this.groupsOf(project)) {
      money += group.voters * group.budget;
    }
    return money >= this.context.costs[project] * this.denominator();
  }

  /**
   * Smallest α with Σ min(bᵢ, α·wᵢ) = cost: groups sorted by bᵢ/wᵢ; the poorest pay everything while
   * α·wᵢ would exceed what they hold. Undefined when the supporters together hold less than the cost.
   */
  computeRho(project: number): Rho | undefined {
    const cost = this.context.costs[project];
    const denominator = this.denominator();
    const groups = this.groupsOf(project);
    let need = cost * denominator;
    let money = 0n;
    let richWeight = 0n;
    for (const group of groups) {
      money += group.voters * group.budget;
      richWeight += group.voters * BigInt(group.weight);
    }
    if (money < need) {
      return undefined;
    }
    groups.sort(compareShare);
    let poor = 0;
    for (const group of groups) {
      if (group.budget * richWeight >= need * BigInt(group.weight)) {
        break;
      }
      need -= group.voters * group.budget;
      richWeight -= group.voters * BigInt(group.weight);
      poor++;
    }
    const estimate = Number((need << 64n) / denominator) / 2 ** 64 / Number(richWeight) / Number(cost);
    const rho = { num: need, den: denominator * richWeight * cost, groups, poor, need, richWeight, estimate };
    this.lastRho[project] = rho;
    return rho;
  }

  /** The project's supporters pay: the poor groups everything, the others α·w. */
  pay(project: number, rho: Rho): void {
    this.groups.delete(project);
    // α has denominator D·W: that becomes the shared denominator (older budgets are rescaled when read).
    this.denominators.push(this.denominator() * rho.richWeight);
    this.rescale.clear();
    const moved = new Map<number, number>();
    rho.groups.forEach((group, i) => {
      const left = i < rho.poor ? 0n : group.budget * rho.richWeight - rho.need * BigInt(group.weight);
      moved.set(group.cls * this.weightSpan + group.weight, this.classWith(left));
    });
    this.moveSupporters(project, moved);
  }

  private denominator(): bigint {
    return this.denominators[this.denominators.length - 1];
  }

  /** Class budget over the current denominator, rescaled (and stored so) when it is behind. */
  private budgetOf(cls: number): bigint {
    const now = this.denominators.length - 1;
    const then = this.epoch[cls];
    if (then !== now) {
      let factor = this.rescale.get(then);
      if (factor === undefined) {
        factor = this.denominators[now] / this.denominators[then];
        this.rescale.set(then, factor);
      }
      this.stored[cls] *= factor;
      this.epoch[cls] = now;
    }
    return this.stored[cls];
  }

  private initialGroups(project: number): Map<number, number> {
    const { profile } = this.context;
    const map = new Map<number, number>();
    const types = profile.supporterTypes[project];
    const weights = profile.supporterWeights[project];
    for (let i = 0; i < types.length; i++) {
      map.set(weights[i], (map.get(weights[i]) ?? 0) + profile.multiplicity[types[i]]);
    }
    return map;
  }

  private groupsOf(project: number): Group[] {
    const groups: Group[] = [];
    for (const [key, voters] of this.groups.get(project) ?? []) {
      const cls = Math.floor(key / this.weightSpan);
      groups.push({ cls, weight: key % this.weightSpan, voters: BigInt(voters), budget: this.budgetOf(cls) });
    }
    return groups;
  }

  /** Voters left with nothing share one class, which keeps the per-project group lists short. */
  private classWith(budget: bigint): number {
    if (budget === 0n && this.zeroClass !== undefined) {
      return this.zeroClass;
    }
    this.stored.push(budget);
    this.epoch.push(this.denominators.length - 1);
    if (budget === 0n) {
      this.zeroClass = this.stored.length - 1;
    }
    return this.stored.length - 1;
  }

  /** Re-files the payers under their new class in every candidate they also support. */
  private moveSupporters(project: number, moved: ReadonlyMap<number, number>): void {
    const { profile } = this.context;
    const span = this.weightSpan;
    const types = profile.supporterTypes[project];
    const weights = profile.supporterWeights[project];
    for (let i = 0; i < types.length; i++) {
      const type = types[i];
      const from = this.typeClass[type];
      const to = moved.get(from * span + weights[i]) ?? from;
      const voters = profile.multiplicity[type];
      this.typeClass[type] = to;
      const others = profile.typeProjects[type];
      const otherWeights = profile.typeWeights[type];
      for (let j = 0; j < others.length; j++) {
        const map = this.groups.get(others[j]);
        if (map !== undefined) {
          shift(map, from * span + otherWeights[j], -voters);
          shift(map, to * span + otherWeights[j], voters);
        }
      }
    }
  }
}

function compareShare(g: Group, h: Group): number {
  const difference = g.budget * BigInt(h.weight) - h.budget * BigInt(g.weight);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

function shift(map: Map<number, number>, key: number, delta: number): void {
  const next = (map.get(key) ?? 0) + delta;
  if (next === 0) {
    map.delete(key);
  } else {
    map.set(key, next);
  }
}
