import { BallotCount } from '../count/ballot-count';
import { buildProfile } from '../count/profile';
import { formatUnits } from '../decimal';
import { ElectionSetup } from '../election';
import { TallyError } from '../errors';
import { isExhaustive, ruleContext, SearchProgress, totalCost } from '../rules/context';
import { defaultTieBreak, isRuleName, RULE_NAMES, RuleName, RULES } from '../rules/registry';
import { isTieBreakName, TIE_BREAKS, TieBreakName, tieBreakRanks } from '../rules/tie-break';
import { inputDigest } from './digest';

export interface TallyOptions {
  /** Defaults to the setup's own rule (a file's META `rule`). */
  readonly rule?: string;
  /** Defaults to the order the rule's definition names: `file` for greedy, `cost` for Equal Shares. */
  readonly tieBreak?: string;
  /** Diagnostics: called as an Equal Shares Add1 search goes (the benchmark uses it to say why a file is slow). */
  readonly onSearchProgress?: (progress: SearchProgress) => void;
}

/**
 * The canonical result: the same input gives the same object, key order included, on every run and
 * machine. `digest` identifies the input (see digest.ts), so a published result can be re-verified.
 */
export interface TallyResult {
  readonly rule: RuleName;
  readonly tieBreak: TieBreakName;
  /** Project ids in the order the rule selected them. */
  readonly selected: readonly string[];
  readonly totalCost: string;
  readonly budget: string;
  /** No unselected project (withdrawn ones aside) fits in the money left. */
  readonly exhaustive: boolean;
  readonly digest: string;
}

export function tally(setup: ElectionSetup, count: BallotCount, options: TallyOptions = {}): TallyResult {
  const rule = chooseRule(options.rule, setup.rule);
  const tieBreak = options.tieBreak ?? defaultTieBreak(rule);
  if (!isTieBreakName(tieBreak)) {
    throw new TallyError('unknown-tie-break', `unknown tie-break "${tieBreak}"; supported: ${TIE_BREAKS.join(', ')}`);
  }
  const profile = buildProfile(setup, count);
  const context = ruleContext(setup, profile, tieBreakRanks(tieBreak, setup, profile), options.onSearchProgress);
  const winners = RULES[rule](context);
  return {
    rule,
    tieBreak,
    selected: winners.map((project) => setup.projects[project].id),
    totalCost: formatUnits(totalCost(context, winners), setup.scale),
    budget: formatUnits(setup.budget, setup.scale),
    exhaustive: isExhaustive(context, winners),
    digest: inputDigest(setup, count, rule, tieBreak),
  };
}

/** An explicit rule must be known; without one the election's own rule is replayed, if supported. */
function chooseRule(asked: string | undefined, own: string | undefined): RuleName {
  const supported = `supported: ${RULE_NAMES.join(', ')}`;
  if (asked !== undefined && !isRuleName(asked)) {
    throw new TallyError('unknown-rule', `unknown rule "${asked}"; ${supported}`);
  }
  const rule = asked ?? own;
  if (rule === undefined || !isRuleName(rule)) {
    throw new TallyError(
      'unsupported-rule',
      `the election's rule "${rule ?? 'none'}" cannot be replayed; choose a rule (${supported})`,
    );
  }
  return rule;
}

/** One JSON line with the keys in the canonical order (JSON.stringify keeps insertion order). */
export function canonicalJson(result: TallyResult): string {
  const { rule, tieBreak, selected, totalCost: cost, budget, exhaustive, digest } = result;
  return JSON.stringify({ rule, tieBreak, selected, totalCost: cost, budget, exhaustive, digest });
}
