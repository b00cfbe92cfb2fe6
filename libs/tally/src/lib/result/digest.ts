import { createHash } from 'node:crypto';
import { BallotCount } from '../count/ballot-count';
import { formatUnits } from '../decimal';
import { ElectionSetup } from '../election';

/** Lines are hashed in chunks of about this many characters: one update per line is measurably slow. */
const CHUNK = 1 << 16;

/**
 * SHA-256 of the canonical input of a tally: parameters, projects in published order, then the
 * distinct ballots sorted, each with its multiplicity. Ballot order, voter ids, how the ballots were
 * split between partial counts and how numbers were written ("4000.0") do not change it; anything that
 * can change the outcome does. Each line is a JSON array, so no id can make two inputs read alike.
 */
export function inputDigest(setup: ElectionSetup, count: BallotCount, rule: string, tieBreak: string): string {
  const hash = createHash('sha256');
  let chunk = '';
  for (const line of canonicalInput(setup, count, rule, tieBreak)) {
    chunk += line + '\n';
    if (chunk.length >= CHUNK) {
      hash.update(chunk);
      chunk = '';
    }
  }
  return hash.update(chunk).digest('hex');
}

export function* canonicalInput(
  setup: ElectionSetup,
  count: BallotCount,
  rule: string,
  tieBreak: string,
): Generator<string> {
  const line = (...fields: unknown[]): string => JSON.stringify(fields);
  yield line('balss-tally-input', 1);
  yield line('rule', rule, 'tie_break', tieBreak, 'vote_type', setup.voteType);
  yield line('budget', formatUnits(setup.budget, setup.scale));
  for (const [key, value] of Object.entries(setup.limits).sort(([a], [b]) => (a < b ? -1 : 1))) {
    yield line('limit', key, value);
  }
  if (setup.scoreThreshold !== undefined) {
    yield line('score_threshold', formatUnits(setup.scoreThreshold.units, setup.scoreThreshold.scale));
  }
  for (const project of setup.projects) {
    yield line('project', project.id, formatUnits(project.cost, setup.scale));
  }
  yield line('voters', count.voters, 'longest_ballot', count.longestBallot);
  const ids = setup.projects.map((project) => JSON.stringify(project.id));
  for (const key of [...count.ballots.keys()].sort()) {
    yield `["ballot",${count.ballots.get(key) ?? 0},${ballotJson(key, ids)}]`;
  }
}

/** A count key (project indices, see ballot-count.ts) as JSON with project ids: `["c1","c7"]` or `[["c1",3]]`. */
function ballotJson(key: string, ids: readonly string[]): string {
  if (key === '') {
    return '[]';
  }
  const items = key.split(',').map((item) => {
    const separator = item.indexOf(':');
    return separator < 0
      ? ids[Number(item)]
      : `[${ids[Number(item.slice(0, separator))]},${item.slice(separator + 1)}]`;
  });
  return `[${items.join(',')}]`;
}
