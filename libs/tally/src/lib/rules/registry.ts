import { RuleContext } from './context';
import { greedy, greedyCustom, greedyNoSkip, greedyThreshold } from './greedy';
import {
  equalSharesAdd1,
  equalSharesAdd1Comparison,
  equalSharesAdd1Exhaustive,
  equalSharesAdd1Greedy,
  equalSharesPlain,
} from './mes/completions';

/** Rule names as in Pabulib's META `rule` (issue 4), plus the two Add1 variants others use. */
export const RULES = {
  greedy,
  'greedy-threshold': greedyThreshold,
  'greedy-no-skip': greedyNoSkip,
  'greedy-custom': greedyCustom,
  equalshares: equalSharesPlain,
  'equalshares/add1': (context: RuleContext) => equalSharesAdd1(context),
  'equalshares/add1-comparison': equalSharesAdd1Comparison,
  'equalshares/add1-exhaustive': (context: RuleContext) => equalSharesAdd1Exhaustive(context),
  'equalshares/add1-greedy': equalSharesAdd1Greedy,
} as const satisfies Record<string, (context: RuleContext) => number[]>;

export type RuleName = keyof typeof RULES;
export const RULE_NAMES = Object.keys(RULES) as RuleName[];

export function isRuleName(name: string): name is RuleName {
  return Object.prototype.hasOwnProperty.call(RULES, name);
}

/** Replays use the tie-break the rule's own definition names (see tie-break.ts). */
export function defaultTieBreak(rule: RuleName): 'cost' | 'file' {
  return rule.startsWith('equalshares') ? 'cost' : 'file';
}
