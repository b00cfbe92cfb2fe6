import { buildProfile } from '../lib/count/profile';
import { PbElection } from '../lib/pb/reader';
import { tally, TallyResult } from '../lib/result/tally';
import { RuleContext, ruleContext } from '../lib/rules/context';
import { TieBreakName, tieBreakRanks } from '../lib/rules/tie-break';
import { readFixture } from './fixtures';

/** Test helpers only (not exported by the library). */
export async function tallyFixture(name: string, rule?: string, tieBreak?: string): Promise<TallyResult> {
  const { setup, count } = await readFixture('valid', name);
  return tally(setup, count, { rule, tieBreak });
}

export function contextOf(election: PbElection, tieBreak: TieBreakName = 'cost'): RuleContext {
  const profile = buildProfile(election.setup, election.count);
  return ruleContext(election.setup, profile, tieBreakRanks(tieBreak, election.setup, profile));
}

export function idsOf(context: RuleContext, projects: readonly number[]): string[] {
  return projects.map((project) => context.setup.projects[project].id);
}
