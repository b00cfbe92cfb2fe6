import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProfile } from './lib/count/profile';
import { TallyError } from './lib/errors';
import { PbElection } from './lib/pb/reader';
import { readPbFile } from './lib/pb/read-file';
import { tally } from './lib/result/tally';
import { pabulibFiles, workspaceRoot } from './testing/fixtures';

/**
 * Issue 4, "Proof on real data": every election of ../shared/pabulib that carries the officially
 * selected projects is recounted with its own META rule and must give exactly that selection, unless
 * docs/tally.md lists it (with the reason) under "Not reproduced". Nothing is skipped silently.
 */
const corpus = pabulibFiles();
const notReproduced = listedAsNotReproduced();

/** Files named in the first column of the table under "### Not reproduced" in docs/tally.md. */
function listedAsNotReproduced(): Set<string> {
  const doc = readFileSync(join(workspaceRoot(), 'docs/tally.md'), 'utf8');
  const section = doc.split(/^### Not reproduced\s*$/m)[1]?.split(/^#/m)[0] ?? '';
  return new Set([...section.matchAll(/^\|\s*`([^`]+\.pb)`\s*\|/gm)].map((match) => match[1]));
}

/** README: `selected` 1, 2 (Poznań's 80 % rule) and 3 (reserve money) all mean funded. */
function officialSelection(election: PbElection): string[] | undefined {
  const column = election.extras.projectColumns.indexOf('selected');
  if (column < 0) {
    return undefined;
  }
  return election.extras.projectRows
    .filter((row) => !['', '0', 'none'].includes(row[column].toLowerCase()))
    .map((row) => row[0]);
}

/** The selection the file's own rule gives, or the reason it cannot be computed. */
function recount(election: PbElection): string[] | string {
  try {
    return tally(election.setup, election.count).selected.slice();
  } catch (error) {
    if (error instanceof TallyError && error.code === 'unsupported-rule') {
      return error.message;
    }
    throw error;
  }
}

const SCORE_UNDOCUMENTED = [
  'Switzerland_Zurich_S5R.pb',
  'US_Stanford_Dataset_PB_Chicago_47th_Ward_2020_vote_rankings.pb',
  'US_Stanford_Dataset_PB_Rochester_NY_2019_vote_rankings.pb',
];

describe('official outcomes of the real elections in ../shared/pabulib', () => {
  it('finds the 82 files, and every file listed in docs/tally.md exists', () => {
    expect(corpus.files).toHaveLength(82);
    expect([...notReproduced].filter((file) => !corpus.files.includes(file))).toEqual([]);
    expect(notReproduced.size).toBeGreaterThan(0);
  });

  it.each(corpus.files)('%s', async (file) => {
    const election = await readPbFile(join(corpus.dir, file));
    checkRecountedColumns(file, election);
    const official = officialSelection(election);
    if (official === undefined) {
      expect(notReproduced.has(file)).toBe(false);
      return;
    }
    const computed = recount(election);
    const reproduced = Array.isArray(computed) && [...computed].sort().join('\n') === [...official].sort().join('\n');
    if (notReproduced.has(file)) {
      // A listed file must really fail; once it reproduces, take it off the list.
      expect(reproduced).toBe(false);
    } else {
      expect(computed).toEqual(expect.arrayContaining(official));
      expect(computed).toHaveLength(official.length);
    }
  });
});

/** README: `votes` (approval, choose-1) and `score` (cumulative, ordinal) match a recount of the ballots. */
function checkRecountedColumns(file: string, election: PbElection): void {
  const { setup, count, extras } = election;
  const profile = buildProfile(setup, count);
  const column = setup.voteType === 'approval' || setup.voteType === 'choose-1' ? 'votes' : 'score';
  const index = extras.projectColumns.indexOf(column);
  if (index < 0 || setup.voteType === 'scoring' || SCORE_UNDOCUMENTED.includes(file)) {
    return;
  }
  const inFile = extras.projectRows.map((row) => Number(row[index]));
  const recounted = column === 'votes' ? profile.supporters : profile.scores;
  expect({ file, [column]: recounted }).toEqual({ file, [column]: inFile });
}
