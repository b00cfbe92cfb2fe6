import { readFixture } from '../../testing/fixtures';
import { readPb } from './reader';

describe('reading .pb files', () => {
  it('tolerates a BOM, CRLF, quotes, comma decimals, "none", blank lines and empty ids', async () => {
    const { setup, count, extras } = await readFixture('valid', 'format-quirks.pb');
    expect(setup.voteType).toBe('approval');
    expect(setup.scale).toBe(2);
    expect(setup.budget).toBe(300000n);
    expect(setup.projects).toEqual([
      { id: 'a', cost: 150050n },
      { id: 'b', cost: 100000n },
      { id: 'c', cost: 49950n },
    ]);
    expect(setup.limits).toEqual({});
    expect(extras.meta[0]).toEqual([
      'description',
      'Quirks: a BOM, CRLF, "quotes", a ; inside a field, comma decimals',
    ]);
    expect(extras.projectRows[0]).toEqual(['a', '1500,50', 'Park; phase "II"']);
    expect(count.voters).toBe(3);
    expect([...count.ballots]).toEqual([
      ['0,1', 1],
      ['1,2', 1],
      ['', 1],
    ]);
  });

  it('reads cumulative points, keyed by project so order on the ballot does not matter', async () => {
    const { count } = await readFixture('valid', 'cumulative.pb');
    expect([...count.ballots.keys()]).toEqual(['0:2,1:1', '1:2', '0:1,2:2']);
  });

  it('keeps ordinal ballots in rank order', async () => {
    const { count } = await readFixture('valid', 'ordinal.pb');
    expect([...count.ballots.keys()]).toEqual(['0,1,2', '1,0', '2']);
    expect(count.longestBallot).toBe(3);
  });

  it('reads from any iterable of lines, not only files', () => {
    const { setup, count } = readPb([
      'META',
      'key;value',
      'budget;5',
      'vote_type;choose-1',
      'PROJECTS',
      'project_id;cost',
      'p;5',
      'VOTES',
      'voter_id;vote',
      '1;p',
    ]);
    expect(setup.projects).toEqual([{ id: 'p', cost: 5n }]);
    expect(count.voters).toBe(1);
  });
});
