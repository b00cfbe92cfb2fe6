// Adds up the per-run JSON files written by jest-results-reporter.cjs into one stage result.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPORTER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'jest-results-reporter.cjs');

/** Extra Jest arguments (after `--`) that make every run report its counts into `dir`. */
export function jestArgs() {
  return ['--ci', '--reporters=default', `--reporters=${REPORTER}`];
}

/**
 * Reads the results in `dir`. A project whose Nx task failed although Jest reported no failure (config error,
 * crash before any result, open handles, timeout) counts as one more failed check, so it never looks green.
 */
export function collectJest(dir, { failedTasks }) {
  const result = { passed: 0, failed: 0, failures: [] };
  const failedByProject = new Map();
  for (const file of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const run = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    result.passed += run.passed;
    result.failed += run.failed;
    result.failures.push(...run.failures);
    failedByProject.set(run.project, (failedByProject.get(run.project) ?? 0) + run.failed);
  }
  for (const project of failedTasks) {
    if (failedByProject.get(project)) continue;
    result.failed += 1;
    const why = failedByProject.has(project) ? 'its Nx task failed although every test passed' : 'the test task failed before Jest reported any result';
    result.failures.push(`${project}: ${why} (see its output above)`);
  }
  return result;
}
