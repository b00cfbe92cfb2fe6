import { readFixture } from '../../testing/fixtures';
import { PbFormatError } from '../errors';

/** Every bad-input case of issue 4 gives a precise error with the line number. */
async function errorOf(name: string): Promise<PbFormatError> {
  try {
    await readFixture('invalid', name);
  } catch (error) {
    if (error instanceof PbFormatError) {
      return error;
    }
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('invalid .pb files', () => {
  it.each([
    ['missing-projects.pb', 'missing-section', 14, 'line 14: expected the PROJECTS section, found VOTES'],
    ['missing-votes.pb', 'missing-section', 18, 'line 18: the file ends before the VOTES section'],
    ['project-columns.pb', 'column-count', 17, 'line 17: PROJECTS row has 4 fields, the header has 3'],
    ['vote-columns.pb', 'column-count', 21, 'line 21: VOTES row has 2 fields, the header has 3'],
    ['unknown-project.pb', 'unknown-project', 21, 'line 21: unknown project id "z" in a vote'],
    ['negative-cost.pb', 'negative-cost', 17, 'line 17: project "b" has a negative cost -6'],
    ['points-over-sum.pb', 'points-limit', 22, 'line 22: 4 points in all is over max_sum_points 3'],
    ['points-over-max.pb', 'points-limit', 21, 'line 21: 3 points for one project is over max_points 2'],
    ['duplicate-project.pb', 'duplicate-project', 17, 'line 17: project id "a" appears twice'],
    ['missing-budget.pb', 'missing-meta', 13, 'line 13: META has no budget'],
  ])('%s → %s at line %i', async (name, code, line, message) => {
    const error = await errorOf(name);
    expect({ code: error.code, line: error.line, message: error.message }).toEqual({ code, line, message });
  });
});
