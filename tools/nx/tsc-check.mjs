// Runs `tsc --noEmit -p <tsconfig>` for each tsconfig given and fails if any of them fails. All configs are
// checked even after a failure, so one run shows every error of the project.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const tsc = path.resolve('node_modules/typescript/bin/tsc');
let failed = 0;
for (const config of process.argv.slice(2)) {
  const run = spawnSync(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', config], { encoding: 'utf8' });
  const out = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
  // TS18003 "No inputs were found": e.g. a spec tsconfig of a project without specs yet; nothing to check.
  const onlyNoInputs = out !== '' && out.split('\n').every((l) => l.includes('TS18003') || l.trim() === '');
  if (run.status === 0 || onlyNoInputs) {
    console.log(`tsc --noEmit -p ${config}: ok${onlyNoInputs ? ' (no input files)' : ''}`);
  } else {
    failed++;
    console.error(`tsc --noEmit -p ${config}: FAILED\n${out}`);
  }
}
process.exit(failed ? 1 : 0);
