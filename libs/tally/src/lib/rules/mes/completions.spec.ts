import { join } from 'node:path';
import { pabulibFiles } from '../../../testing/fixtures';
import { contextOf, idsOf, tallyFixture } from '../../../testing/tally-fixture';
import { countBallots } from '../../count/ballot-count';
import { buildProfile } from '../../count/profile';
import { readPbFile } from '../../pb/read-file';
import { ruleContext, SearchProgress } from '../context';
import { tieBreakRanks } from '../tie-break';
import { equalSharesAdd1, equalSharesAdd1Exhaustive } from './completions';

// proportional.pb: budget 100, 10 voters; X1–X3 (30 each) for 6 voters, Y1–Y2 (30 each) for 4 voters.
describe('Equal Shares completions', () => {
  it('add1 raises the starts while the outcome fits and keeps the last that fits', async () => {
    // Starts 10…14 buy X1, X2, Y1 (90); at 15 X3 and Y2 become affordable too (150 > 100).
    const result = await tallyFixture('proportional.pb', 'equalshares/add1');
    expect(result).toMatchObject({ selected: ['X1', 'X2', 'Y1'], totalCost: '90', exhaustive: true });
  });

  it('add1-comparison keeps greedy when strictly more voters prefer it', async () => {
    // The 6 X voters get 3 projects from greedy, 2 from Equal Shares; the 4 Y voters 0 against 1.
    // Equal Shares rules break ties by cost, then supporters, then id, so greedy lists X1 first here.
    expect((await tallyFixture('proportional.pb', 'equalshares/add1-comparison')).selected).toEqual(['X1', 'X2', 'X3']);
  });

  it('add1-exhaustive stops at the first exhaustive outcome, add1-greedy then fills greedily', async () => {
    expect((await tallyFixture('proportional.pb', 'equalshares/add1-exhaustive')).selected).toEqual(['X1', 'X2', 'Y1']);
    // greedy.pb, 5 voters: from 20 each only P1 is bought; at 22 each its 3 supporters also afford P3.
    expect((await tallyFixture('greedy.pb', 'equalshares/add1-exhaustive')).selected).toEqual(['P1', 'P3']);
    expect((await tallyFixture('greedy.pb', 'equalshares/add1-greedy')).selected).toEqual(['P1', 'P3']);
    expect((await tallyFixture('format-quirks.pb', 'equalshares/add1-greedy')).selected).toEqual(['b', 'c', 'a']);
  });

  it.each([
    'Poland_Swiecie_2023.pb',
    'Netherlands_Assen_2024.pb',
    'Switzerland_Zurich_SN.pb',
    'Switzerland_Zurich_D5.pb',
    'Switzerland_Zurich_S5R.pb',
    'Worldwide_Mechanical_Turk_Ranking_value_7.pb',
    'Canada_Stanford_Dataset_PB_Dieppe_2018_vote_approvals.pb',
    'US_Stanford_Dataset_PB_Chicago_47th_Ward_2020_vote_rankings.pb',
    'Poland_Lodz_2020_Nr_33.pb',
  ])('the fast Add1 search gives what re-running every step gives: %s', async (file) => {
    const context = contextOf(await readPbFile(join(pabulibFiles().dir, file)));
    expect(idsOf(context, equalSharesAdd1(context, 'jump'))).toEqual(idsOf(context, equalSharesAdd1(context, 'unit')));
    expect(idsOf(context, equalSharesAdd1Exhaustive(context, 'jump'))).toEqual(
      idsOf(context, equalSharesAdd1Exhaustive(context, 'unit')),
    );
  });

  // Kraków 2024: nearly every proof at stride 2 fails, so the search backs off to runs of single steps.
  it('the fast Add1 search gives what re-running every step gives where proofs keep failing: Poland_Krakow_2024.pb', async () => {
    const context = contextOf(await readPbFile(join(pabulibFiles().dir, 'Poland_Krakow_2024.pb')));
    expect(idsOf(context, equalSharesAdd1(context, 'jump'))).toEqual(idsOf(context, equalSharesAdd1(context, 'unit')));
  }, 300_000);

  it('reports how the search went: every step walked is either proven or run, and the last run overspent', async () => {
    const reports: SearchProgress[] = [];
    const election = await readPbFile(join(pabulibFiles().dir, 'Poland_Swiecie_2023.pb'));
    const profile = buildProfile(election.setup, election.count);
    const ranks = tieBreakRanks('cost', election.setup, profile);
    const context = ruleContext(election.setup, profile, ranks, (progress) => reports.push({ ...progress }));
    equalSharesAdd1(context);
    const last = reports[reports.length - 1];
    expect(last.steps).toBeGreaterThan(0);
    expect(last.steps).toBe(last.provenSteps + last.runs - 1);
    expect(last.proofsPassed).toBeGreaterThan(0);
    expect(last.orderChanges).toBeLessThanOrEqual(last.runs);
    expect(reports.map((report) => report.steps)).toEqual([...reports.map((report) => report.steps)].sort((a, b) => a - b));
  });

  it('the fast Add1 search gives what re-running every step gives on 60 random elections', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const projects = Array.from({ length: 4 + (seed % 5) }, (_, i) => ({
        id: `p${i}`,
        cost: BigInt(10 + ((seed * 37 + i * 53) % 90)),
      }));
      const ballots = Array.from({ length: 6 + (seed % 13) }, (_, v) => ({
        projects: projects.filter((_, i) => (seed * 31 + v * 17 + i * 7) % 5 < 2).map((project) => project.id),
      }));
      const setup = { voteType: 'approval' as const, budget: BigInt(100 + seed * 3), scale: 0, projects, limits: {} };
      const count = countBallots(setup, ballots);
      const profile = buildProfile(setup, count);
      const context = ruleContext(setup, profile, tieBreakRanks('cost', setup, profile));
      expect([seed, equalSharesAdd1(context, 'jump')]).toEqual([seed, equalSharesAdd1(context, 'unit')]);
      expect([seed, equalSharesAdd1Exhaustive(context, 'jump')]).toEqual([
        seed,
        equalSharesAdd1Exhaustive(context, 'unit'),
      ]);
    }
  });
});
