import { BasisPoints, basisPoints, Cents, euros } from '@balss/budget';
import { Decision, decide } from './decision';

/** Per-project money limits of a municipality's PB; all optional, all configuration. */
export interface ProjectCostLimits {
  minCost?: Cents;
  maxCost?: Cents;
  /** Yearly upkeep as a share of the project's cost. */
  maxAnnualUpkeepRate?: BasisPoints;
}

/**
 * Named presets from DOMAIN.md ("The voting method and limits are configuration, not code").
 * Daugavpils names no per-project limit — only the round's total — so its preset is empty
 * rather than invented.
 */
export const PROJECT_COST_PRESETS = {
  daugavpils: {},
  riga: { maxCost: euros(70_000) },
  valmiera: { minCost: euros(5_000), maxCost: euros(50_000), maxAnnualUpkeepRate: basisPoints(1_000) },
} as const satisfies Record<string, ProjectCostLimits>;

export interface ProjectCost {
  cost: Cents;
  /** Expected yearly upkeep after delivery; needed where an upkeep limit is configured. */
  annualUpkeep?: Cents;
}

export type CostRefusal =
  'COST_NOT_POSITIVE' | 'BELOW_MIN_COST' | 'ABOVE_MAX_COST' | 'UPKEEP_NOT_STATED' | 'UPKEEP_ABOVE_LIMIT';

/**
 * Checks a proposal's cost against the configured limits (e.g. Riga ≤ €70k; Valmiera €5k–€50k
 * with upkeep ≤ 10 % of the cost a year). Limits are inclusive. The upkeep test is exact integer
 * arithmetic: upkeep × 10 000 ≤ cost × rate.
 */
export function checkProjectCost(project: ProjectCost, limits: ProjectCostLimits): Decision<CostRefusal> {
  const reasons: CostRefusal[] = [];
  if (project.cost <= 0) {
    reasons.push('COST_NOT_POSITIVE');
  }
  if (limits.minCost !== undefined && project.cost < limits.minCost) {
    reasons.push('BELOW_MIN_COST');
  }
  if (limits.maxCost !== undefined && project.cost > limits.maxCost) {
    reasons.push('ABOVE_MAX_COST');
  }
  if (limits.maxAnnualUpkeepRate !== undefined) {
    if (project.annualUpkeep === undefined) {
      reasons.push('UPKEEP_NOT_STATED');
    } else if (BigInt(project.annualUpkeep) * 10_000n > BigInt(project.cost) * BigInt(limits.maxAnnualUpkeepRate)) {
      reasons.push('UPKEEP_ABOVE_LIMIT');
    }
  }
  return decide(reasons);
}
