import { readFixture } from '../../testing/fixtures';
import { countBallots, countBallotsAsync, mergeCounts } from '../count/ballot-count';
import { Ballot } from '../election';
import { TallyError } from '../errors';
import { readPb } from '../pb/reader';
import { votesOfCount, writePb } from '../pb/writer';
import { inputDigest } from './digest';
import { canonicalJson, tally } from './tally';

const BALLOTS: Ballot[] = [
  { projects: ['X1', 'X2', 'X3'] },
  { projects: ['Y2', 'Y1'] },
  { projects: ['X3', 'X2', 'X1'] },
  { projects: ['Y1', 'Y2'] },
];

describe('tally results', () => {
  it('is one canonical JSON object whose key order never changes', async () => {
    const { setup, count } = await readFixture('valid', 'proportional.pb');
    const json = canonicalJson(tally(setup, count));
    expect(Object.keys(JSON.parse(json) as object)).toEqual([
      'rule',
      'tieBreak',
      'selected',
      'totalCost',
      'budget',
      'exhaustive',
      'digest',
    ]);
    expect(canonicalJson(tally(setup, count))).toBe(json);
  });

  it('counts in parts that merge into the count of the whole, in any order and split', async () => {
    const { setup } = await readFixture('valid', 'proportional.pb');
    const whole = countBallots(setup, BALLOTS);
    const merged = mergeCounts(countBallots(setup, BALLOTS.slice(2)), countBallots(setup, BALLOTS.slice(0, 2)));
    expect(merged).toEqual({ ...whole, ballots: new Map([...whole.ballots].reverse()) });
    expect(inputDigest(setup, merged, 'equalshares', 'cost')).toBe(inputDigest(setup, whole, 'equalshares', 'cost'));
  });

  it('takes ballots from an async iterator, one at a time', async () => {
    const { setup } = await readFixture('valid', 'proportional.pb');
    async function* stream(): AsyncGenerator<Ballot> {
      for (const ballot of BALLOTS) {
        yield ballot;
      }
    }
    expect(await countBallotsAsync(setup, stream())).toEqual(countBallots(setup, BALLOTS));
  });

  it('digests parameters too: another rule, tie-break or budget gives another digest', async () => {
    const { setup, count } = await readFixture('valid', 'proportional.pb');
    const digest = inputDigest(setup, count, 'greedy', 'file');
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(inputDigest(setup, count, 'greedy', 'id')).not.toBe(digest);
    expect(inputDigest(setup, count, 'equalshares', 'file')).not.toBe(digest);
    expect(inputDigest({ ...setup, budget: setup.budget + 1n }, count, 'greedy', 'file')).not.toBe(digest);
  });

  it('writes any election back to a .pb file that recounts to the same result and digest', async () => {
    for (const name of [
      'proportional.pb',
      'greedy.pb',
      'cumulative.pb',
      'ordinal.pb',
      'scoring.pb',
      'choose-1.pb',
      'format-quirks.pb',
    ]) {
      const { setup, count, extras } = await readFixture('valid', name);
      for (const written of [
        writePb(setup, votesOfCount(setup, count), extras),
        writePb(setup, votesOfCount(setup, count)),
      ]) {
        const again = readPb([...written]);
        expect(canonicalJson(tally(again.setup, again.count))).toBe(canonicalJson(tally(setup, count)));
      }
    }
  });

  it('refuses an unknown rule or tie-break, and a file whose rule it cannot replay', async () => {
    const { setup, count } = await readFixture('valid', 'proportional.pb');
    expect(() => tally(setup, count, { rule: 'phragmen' })).toThrow(TallyError);
    expect(() => tally(setup, count, { tieBreak: 'random' })).toThrow(/unknown tie-break "random"/);
    expect(() => tally({ ...setup, rule: 'greedy-exclusive' }, count)).toThrow(
      /rule "greedy-exclusive" cannot be replayed/,
    );
  });
});
