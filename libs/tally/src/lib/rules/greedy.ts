import { RuleContext, totalCost } from './context';

/*
 * Greedy rules as cities apply them (pabulib README, "Greedy as cities apply it"). With cost utilities
 * a project's greedy density (utility ÷ cost) is just its vote count or score, so the order is by score.
 */

/** Highest score first; equal scores in tie-break order (the README's "file order" for `file`). */
export function greedyOrder(context: RuleContext, projects: readonly number[] = context.candidates): number[] {
  const { scores } = context.profile;
  return [...projects].sort((a, b) => scores[b] - scores[a] || context.ranks[a] - context.ranks[b]);
}

/** `greedy`: a project that no longer fits is skipped and the scan goes on, as Latvian cities do. */
export function greedy(context: RuleContext): number[] {
  return fillGreedily(context, []);
}

/** Adds, in greedy order, every remaining candidate that still fits after `selected`. */
export function fillGreedily(context: RuleContext, selected: readonly number[]): number[] {
  const chosen = new Set(selected);
  const result = [...selected];
  let left = context.budget - totalCost(context, result);
  for (const project of greedyOrder(context)) {
    const cost = context.costs[project];
    if (!chosen.has(project) && cost <= left) {
      result.push(project);
      left -= cost;
    }
  }
  return result;
}

/**
 * `greedy-threshold`: projects scoring below META `min_project_score_threshold` (default 0) are not
 * eligible at all, e.g. Warsaw 2018's "at least 10 % of the district's valid votes".
 */
export function greedyThreshold(context: RuleContext): number[] {
  const threshold = context.setup.scoreThreshold;
  if (threshold === undefined) {
    return greedy(context);
  }
  const scale = 10n ** BigInt(threshold.scale);
  const eligible = context.candidates.filter(
    (project) => BigInt(context.profile.scores[project]) * scale >= threshold.units,
  );
  return greedyRun(context, greedyOrder(context, eligible), 'skip');
}

/** `greedy-no-skip`: funding stops at the first project that does not fit (Wrocław, Gdynia). */
export function greedyNoSkip(context: RuleContext): number[] {
  return greedyRun(context, greedyOrder(context), 'stop');
}

/**
 * `greedy-custom`, Poznań's "80 % rule" (the file's META comment): as no-skip, but the first project
 * that does not fit is still funded, from reserve money, when what is left covers at least 80 % of its
 * cost; then funding stops. This is the only greedy-custom the README defines.
 */
export function greedyCustom(context: RuleContext): number[] {
  return greedyRun(context, greedyOrder(context), 'eighty-percent');
}

function greedyRun(
  context: RuleContext,
  order: readonly number[],
  onMiss: 'skip' | 'stop' | 'eighty-percent',
): number[] {
  const result: number[] = [];
  let left = context.budget;
  for (const project of order) {
    const cost = context.costs[project];
    if (cost <= left) {
      result.push(project);
      left -= cost;
    } else if (onMiss === 'eighty-percent') {
      if (left * 5n >= cost * 4n) {
        result.push(project);
      }
      break;
    } else if (onMiss === 'stop') {
      break;
    }
  }
  return result;
}
