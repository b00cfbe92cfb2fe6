import { RuleContext } from '../context';

/** An exact non-negative rational. */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** A ρ with floor(ρ · 2^80): most comparisons are settled on these short keys, exactly, without the long fractions. */
export interface KeyedFraction extends Fraction {
  readonly key: bigint;
}

const KEY_BITS = 80n;

/** A project's ρ = α / cost, and how its supporters would pay for it. */
export interface Rho extends KeyedFraction {
  /** Supporter groups, the `poor` ones (who pay all they have) first. */
  readonly groups: readonly Group[];
  readonly poor: number;
  /** α = need / (denominator · richWeight): what the others pay per unit of weight. */
  readonly need: bigint;
  readonly richWeight: bigint;
}

/** Voters of one budget class giving a project the same weight. */
interface Group {
  readonly cls: number;
  readonly weight: number;
  readonly voters: number;
  /** The class budget over the current denominator. */
  readonly budget: bigint;
  /** floor(budget ÷ weight · 2^k): settles most poor/rich tests without the bigints (see `isPoor`). */
  readonly key: number;
}

export const ZERO: KeyedFraction = { num: 0n, den: 1n, key: 0n };

export function keyed(fraction: Fraction): KeyedFraction {
  return { ...fraction, key: (fraction.num << KEY_BITS) / fraction.den };
}

/**
 * p beats q: smaller ρ, or the same ρ and earlier in the tie-break order (a strict total order). Keys
 * that differ by 2 or more settle it (ρp < (keyP + 1)/2^80 < keyQ/2^80 ≤ ρq); only near-ties multiply
 * the full fractions.
 */
export function beats(context: RuleContext, rhoP: KeyedFraction, p: number, rhoQ: KeyedFraction, q: number): boolean {
  if (rhoP.key + 1n < rhoQ.key) {
    return true;
  }
  if (rhoQ.key + 1n < rhoP.key) {
    return false;
  }
  const difference = rhoP.num * rhoQ.den - rhoQ.num * rhoP.den;
  return difference < 0n || (difference === 0n && context.ranks[p] < context.ranks[q]);
}

/**
 * The budgets during one Equal Shares computation. Voters with the same remaining budget form one
 * class, held as a bigint numerator over a shared denominator, so the exact arithmetic of a ρ runs once
 * per class supporting the project rather than once per voter. With uᵢ = weight × cost we solve for
 * α = ρ·cost, the payment per unit of weight. Each payment multiplies the shared denominator; a class is
 * brought up to date only when read, since most classes are never read again. A project's groups are
 * gathered from its supporters when its ρ is needed, which pruning makes rare, rather than kept up to
 * date for every project after every payment.
 */
export class MesState {
  private readonly span: number;
  /** Class c holds stored[c] / denominators[epoch[c]]; a class's value never changes. */
  private readonly stored: bigint[];
  /** floor(class budget · 2^keyBits), fixed when the class is made; below 2^50, so exact in a JS number. */
  private readonly classKey: number[];
  private readonly keyBits: bigint;
  private readonly epoch: number[];
  private readonly denominators: bigint[];
  /** denominators[now] / denominators[epoch], per epoch, for the current `now`. */
  private readonly rescale = new Map<number, bigint>();
  private zeroClass: number | undefined;
  /** The class of each distinct ballot. */
  private readonly typeClass: Int32Array;
  private readonly inRace = new Set<number>();
  private visitOrder: number[];
  /** Scratch for gathering groups: voters per (class · span + weight). */
  private tally = new Float64Array(0);
  private moved = new Int32Array(0);
  /** ρ at the last computation: a lower bound of the ρ now, since budgets only shrink. */
  readonly lastRho: KeyedFraction[];

  constructor(
    private readonly context: RuleContext,
    start: Fraction,
  ) {
    const { profile } = context;
    this.span = 1 + profile.maxWeight;
    // Budgets never exceed the start, so this many bits keep every key below 2^50 (0: keys all tie).
    this.keyBits = BigInt(Math.max(0, 50 - (start.num / start.den).toString(2).length));
    this.stored = [start.num];
    this.classKey = [this.keyBits === 0n ? 0 : Number((start.num << this.keyBits) / start.den)];
    this.epoch = [0];
    this.denominators = [start.den];
    this.typeClass = new Int32Array(profile.multiplicity.length);
    this.lastRho = context.setup.projects.map(() => ZERO);
    for (const project of context.candidates) {
      if (context.costs[project] !== 0n && profile.supporters[project] > 0) {
        this.inRace.add(project);
      }
    }
    this.visitOrder = [...this.inRace];
  }

  /** Candidates not bought and not yet found unaffordable. */
  remaining(): number[] {
    return [...this.inRace];
  }

  /**
   * The candidates still in the race by the key of their last ρ, then tie-break rank. The order of the
   * previous call is re-sorted, which is nearly sorted already (only recomputed ρ moved), so the sort
   * is close to linear. It only decides which candidate is looked at first.
   */
  byLastRho(): number[] {
    const { lastRho } = this;
    const { ranks } = this.context;
    this.visitOrder = this.visitOrder.filter((project) => this.inRace.has(project));
    this.visitOrder.sort((p, q) =>
      lastRho[p].key < lastRho[q].key ? -1 : lastRho[p].key > lastRho[q].key ? 1 : ranks[p] - ranks[q],
    );
    return this.visitOrder;
  }

  /** Takes a project out of the race for good (README: an unaffordable project is removed). */
  drop(project: number): void {
    this.inRace.delete(project);
  }

  /** Whether its supporters together still hold the project's cost. */
  isAffordable(project: number): boolean {
    let money = 0n;
    for (const group of this.groupsOf(project)) {
      money += BigInt(group.voters) * group.budget;
    }
    return money >= this.context.costs[project] * this.denominator();
  }

  /**
   * Smallest α with Σ min(bᵢ, α·wᵢ) = cost. A group is poor (pays all it has) exactly when b/w < α,
   * and α = need ÷ richWeight only grows as poor groups are taken out, so each pass takes out every
   * group poor at the current α, until a pass finds none; the poor end up first in `groups`. Most
   * groups are settled on their integer keys against α's key (as in `beats`), only equal keys are
   * compared exactly, and no full sort is needed. Undefined when the supporters together hold less than
   * the cost, which is exactly when every group turns out poor: if some are rich, they pay α·w ≤ what
   * they hold and the cost is met; if all are poor, their budgets fall short of it.
   */
  computeRho(project: number): Rho | undefined {
    const cost = this.context.costs[project];
    const denominator = this.denominator();
    const groups = this.groupsOf(project);
    // Σ voters × weight ≤ all voters × the largest weight: an exact integer in a JS number.
    let weightLeft = 0;
    for (const group of groups) {
      weightLeft += group.voters * group.weight;
    }
    // need > 0 throughout: poor groups hold less than α·w, so what is left stays above α × the rest.
    let need = cost * denominator;
    let poor = 0;
    for (let found = true; found && weightLeft > 0; ) {
      found = false;
      const richWeight = BigInt(weightLeft);
      // floor(α · 2^keyBits), on the scale of the group keys (which all tie when keyBits is 0).
      const alphaKey = this.keyBits === 0n ? undefined : (need << this.keyBits) / (denominator * richWeight);
      let paid = 0n;
      for (let i = poor; i < groups.length; i++) {
        const group = groups[i];
        if (isPoor(group, alphaKey, need, richWeight)) {
          groups[i] = groups[poor];
          groups[poor++] = group;
          paid += BigInt(group.voters) * group.budget;
          weightLeft -= group.voters * group.weight;
          found = true;
        }
      }
      need -= paid;
    }
    if (weightLeft === 0) {
      return undefined;
    }
    const richWeight = BigInt(weightLeft);
    const den = denominator * richWeight * cost;
    const rho = { num: need, den, key: (need << KEY_BITS) / den, groups, poor, need, richWeight };
    this.lastRho[project] = rho;
    return rho;
  }

  /** The project's supporters pay: the poor groups everything, the others α·w. */
  pay(project: number, rho: Rho): void {
    this.inRace.delete(project);
    // α has denominator D·W: that becomes the shared denominator (older budgets are rescaled when read).
    this.denominators.push(this.denominator() * rho.richWeight);
    this.rescale.clear();
    // moved[class · span + weight] = 1 + the group's new class (0: not a paying group); scratch, reset below.
    const keys = rho.groups.map((group) => group.cls * this.span + group.weight);
    const targets = rho.groups.map((group, i) =>
      this.classWith(i < rho.poor ? 0n : group.budget * rho.richWeight - rho.need * BigInt(group.weight)),
    );
    if (this.moved.length < this.stored.length * this.span) {
      this.moved = new Int32Array(2 * this.stored.length * this.span);
    }
    keys.forEach((key, i) => (this.moved[key] = targets[i] + 1));
    const types = this.context.profile.supporterTypes[project];
    const weights = this.context.profile.supporterWeights[project];
    for (let i = 0; i < types.length; i++) {
      const to = this.moved[this.typeClass[types[i]] * this.span + weights[i]];
      if (to !== 0) {
        this.typeClass[types[i]] = to - 1;
      }
    }
    keys.forEach((key) => (this.moved[key] = 0));
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

  /** The project's supporters by (class, weight), each with the class budget brought up to date. */
  private groupsOf(project: number): Group[] {
    const { multiplicity, supporterTypes, supporterWeights } = this.context.profile;
    const types = supporterTypes[project];
    const weights = supporterWeights[project];
    if (this.tally.length < this.stored.length * this.span) {
      this.tally = new Float64Array(2 * this.stored.length * this.span);
    }
    const keys: number[] = [];
    for (let i = 0; i < types.length; i++) {
      const key = this.typeClass[types[i]] * this.span + weights[i];
      if (this.tally[key] === 0) {
        keys.push(key);
      }
      this.tally[key] += multiplicity[types[i]];
    }
    return keys.map((key) => {
      const cls = Math.floor(key / this.span);
      const weight = key % this.span;
      const group = {
        cls,
        weight,
        voters: this.tally[key],
        budget: this.budgetOf(cls),
        key: Math.floor(this.classKey[cls] / weight),
      };
      this.tally[key] = 0;
      return group;
    });
  }

  /** Voters left with nothing share one class, which keeps the group lists short. */
  private classWith(budget: bigint): number {
    if (budget === 0n && this.zeroClass !== undefined) {
      return this.zeroClass;
    }
    this.stored.push(budget);
    this.classKey.push(this.keyBits === 0n ? 0 : Number((budget << this.keyBits) / this.denominator()));
    this.epoch.push(this.denominators.length - 1);
    if (budget === 0n) {
      this.zeroClass = this.stored.length - 1;
    }
    return this.stored.length - 1;
  }
}

/**
 * b/w < α = need ÷ (D · richWeight): the group key floor(b/w · 2^k) below floor(α · 2^k) settles it
 * (b/w < key + 1 ≤ α), above it settles the opposite; equal keys are compared exactly. Number and
 * bigint compare exactly in JS.
 */
function isPoor(group: Group, alphaKey: bigint | undefined, need: bigint, richWeight: bigint): boolean {
  if (alphaKey !== undefined && group.key < alphaKey) {
    return true;
  }
  if (alphaKey !== undefined && group.key > alphaKey) {
    return false;
  }
  return group.budget * richWeight < need * BigInt(group.weight);
}
