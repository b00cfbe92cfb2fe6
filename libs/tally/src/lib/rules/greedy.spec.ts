import { tallyFixture } from '../../testing/tally-fixture';

// greedy.pb: budget 100; P0 (withdrawn, 5 votes), P1 60 (5 votes), P2 50 (4), P3 30 (3); threshold 4.
describe('greedy rules', () => {
  it('greedy skips a project that no longer fits and goes on', async () => {
    expect((await tallyFixture('greedy.pb', 'greedy')).selected).toEqual(['P1', 'P3']);
  });

  it('greedy-no-skip stops at the first project that does not fit', async () => {
    expect((await tallyFixture('greedy.pb', 'greedy-no-skip')).selected).toEqual(['P1']);
  });

  it('a withdrawn project (cost 999999999) is never selected and does not stop a no-skip scan', async () => {
    const result = await tallyFixture('greedy.pb');
    expect(result).toMatchObject({ rule: 'greedy-no-skip', selected: ['P1'], totalCost: '60', exhaustive: false });
  });

  it('greedy-threshold drops projects scoring below min_project_score_threshold first', async () => {
    expect((await tallyFixture('greedy.pb', 'greedy-threshold')).selected).toEqual(['P1']);
  });

  it('greedy-custom (Poznań) funds the first misfit when the money left covers 80 % of it, then stops', async () => {
    const result = await tallyFixture('greedy.pb', 'greedy-custom');
    expect(result).toMatchObject({ selected: ['P1', 'P2'], totalCost: '110', budget: '100', exhaustive: true });
  });

  it('equal scores keep the PROJECTS order by default, or follow the named tie-break', async () => {
    expect((await tallyFixture('ordinal.pb')).selected).toEqual(['x', 'z']);
    expect((await tallyFixture('ordinal.pb', 'greedy', 'id')).selected).toEqual(['x', 'z']);
    expect((await tallyFixture('proportional.pb', 'greedy')).selected).toEqual(['X3', 'X1', 'X2']);
    expect((await tallyFixture('proportional.pb', 'greedy', 'id')).selected).toEqual(['X1', 'X2', 'X3']);
  });

  it('cumulative ballots are ordered by points, ordinal ballots by K − rank', async () => {
    expect((await tallyFixture('cumulative.pb')).selected).toEqual(['a', 'b']);
    expect((await tallyFixture('ordinal.pb', 'greedy', 'cost')).selected).toEqual(['x', 'z']);
  });

  it('scoring ballots count default_score for every project a voter left out', async () => {
    // s1: 5 + 1, s2: 0 + 1, s3: 1 + 5.
    expect((await tallyFixture('scoring.pb')).selected).toEqual(['s1', 's3']);
  });

  it('choose-1 ballots count as approvals', async () => {
    expect((await tallyFixture('choose-1.pb')).selected).toEqual(['k1', 'k2']);
  });

  it('counts decimal costs exactly', async () => {
    const result = await tallyFixture('format-quirks.pb');
    expect(result).toMatchObject({ selected: ['b', 'a', 'c'], totalCost: '3000', budget: '3000', exhaustive: true });
  });
});
