import { BallotCount } from '../count/ballot-count';
import { formatUnits } from '../decimal';
import { Ballot, ElectionSetup } from '../election';
import { joinFields } from './fields';
import { PbExtras } from './reader';

/** One VOTES row. */
export interface VoteRow {
  readonly voterId: string;
  readonly ballot: Ballot;
}

/**
 * Writes an election as .pb lines (pabulib README, "The .pb format"), lazily, so a count of a million
 * voters streams out without a million rows in memory. With `extras` (what the reader kept) META and
 * PROJECTS come back as they were written; without, they are generated from the setup. Either way the
 * reader and `tally` get back the same setup and count, hence the same result and digest.
 */
export function* writePb(setup: ElectionSetup, votes: Iterable<VoteRow>, extras?: PbExtras): Generator<string> {
  yield 'META';
  yield 'key;value';
  for (const [key, value] of extras?.meta ?? generatedMeta(setup)) {
    yield joinFields([key, value]);
  }
  yield 'PROJECTS';
  if (extras === undefined) {
    yield 'project_id;cost';
    for (const project of setup.projects) {
      yield joinFields([project.id, formatUnits(project.cost, setup.scale)]);
    }
  } else {
    yield joinFields(extras.projectColumns);
    for (const row of extras.projectRows) {
      yield joinFields(row);
    }
  }
  const withPoints = setup.voteType === 'cumulative' || setup.voteType === 'scoring';
  yield 'VOTES';
  yield withPoints ? 'voter_id;vote;points' : 'voter_id;vote';
  for (const { voterId, ballot } of votes) {
    const fields = [voterId, ballot.projects.join(',')];
    yield joinFields(withPoints ? [...fields, (ballot.points ?? []).join(',')] : fields);
  }
}

/** The count as vote rows, voters numbered 1, 2, … in the count's order. */
export function* votesOfCount(setup: ElectionSetup, count: BallotCount): Generator<VoteRow> {
  let voter = 0;
  for (const [key, multiplicity] of count.ballots) {
    const ballot = ballotOfKey(setup, key);
    for (let i = 0; i < multiplicity; i++) {
      yield { voterId: String(++voter), ballot };
    }
  }
}

function ballotOfKey(setup: ElectionSetup, key: string): Ballot {
  const items = key === '' ? [] : key.split(',').map((item) => item.split(':'));
  const projects = items.map(([index]) => setup.projects[Number(index)].id);
  const withPoints = setup.voteType === 'cumulative' || setup.voteType === 'scoring';
  return withPoints ? { projects, points: items.map(([, points]) => Number(points)) } : { projects };
}

function generatedMeta(setup: ElectionSetup): [string, string][] {
  const limits: [string, number | undefined][] = [
    ['min_length', setup.limits.minLength],
    ['max_length', setup.limits.maxLength],
    ['min_points', setup.limits.minPoints],
    ['max_points', setup.limits.maxPoints],
    ['min_sum_points', setup.limits.minSumPoints],
    ['max_sum_points', setup.limits.maxSumPoints],
    ['default_score', setup.limits.defaultScore],
  ];
  const threshold = setup.scoreThreshold;
  return [
    ['num_projects', String(setup.projects.length)],
    ['budget', formatUnits(setup.budget, setup.scale)],
    ['vote_type', setup.voteType],
    ['rule', setup.rule ?? 'none'],
    ...limits.flatMap(([key, value]): [string, string][] => (value === undefined ? [] : [[key, String(value)]])),
    ...(threshold === undefined
      ? []
      : [['min_project_score_threshold', formatUnits(threshold.units, threshold.scale)] as [string, string]]),
  ];
}
