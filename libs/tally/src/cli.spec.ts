import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURES, pabulibFiles, workspaceRoot } from './testing/fixtures';

/** Runs the command as `npm run -s tally -- …` does (tsx on cli.ts), from the workspace root. */
function runTally(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'libs/tally/src/cli.ts', ...args], {
    cwd: workspaceRoot(),
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the tally command', () => {
  it('prints exactly the 30 officially selected projects of Wieliczka 2023 as one JSON line', () => {
    const { status, stdout } = runTally(join(pabulibFiles().dir, 'Poland_Wieliczka_2023_Green_Budget.pb'));
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual([
      'rule',
      'tieBreak',
      'selected',
      'totalCost',
      'budget',
      'exhaustive',
      'digest',
      'ms',
    ]);
    expect(result).toMatchObject({
      rule: 'equalshares/add1-comparison',
      tieBreak: 'cost',
      budget: '1000000',
      exhaustive: true,
    });
    expect((result['selected'] as string[]).slice().sort()).toEqual(
      [
        '6',
        '7',
        '9',
        '17',
        '19',
        '20',
        '24',
        '25',
        '26',
        '29',
        '32',
        '33',
        '34',
        '36',
        '39',
        '40',
        '41',
        '42',
        '43',
        '46',
        '56',
        '58',
        '60',
        '61',
        '62',
        '69',
        '70',
        '71',
        '74',
        '88',
      ].sort(),
    );
  });

  it('takes --rule and --tie-break', () => {
    const { status, stdout } = runTally(join(FIXTURES, 'valid/proportional.pb'), '--rule', 'greedy', '--tie-break=id');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      rule: 'greedy',
      tieBreak: 'id',
      selected: ['X1', 'X2', 'X3'],
      totalCost: '90',
    });
  });

  it('fails with a message on stderr for an unknown rule, a bad file or a missing file', () => {
    const unknownRule = runTally(join(FIXTURES, 'valid/proportional.pb'), '--rule', 'phragmen');
    expect([unknownRule.status, unknownRule.stdout]).toEqual([1, '']);
    expect(unknownRule.stderr).toMatch(/unknown rule "phragmen"; supported: greedy, /);
    const badFile = runTally(join(FIXTURES, 'invalid/unknown-project.pb'));
    expect([badFile.status, badFile.stderr]).toEqual([
      1,
      expect.stringContaining('line 21: unknown project id "z" in a vote'),
    ]);
    expect(runTally('no/such/file.pb')).toMatchObject({ status: 1, stderr: expect.stringContaining('ENOENT') });
    expect(runTally()).toMatchObject({ status: 2, stderr: expect.stringContaining('usage: npm run -s tally') });
  });
});
