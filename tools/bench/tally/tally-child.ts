/**
 * Child process of the tally benchmark: reads one file, runs the given rules one after another and
 * prints one JSON line per step, so the parent can stop a rule that runs past its time limit.
 * Times are CPU time of this process (user + system), which the other engineers sharing the machine
 * disturb less than wall time, and wall time.
 */
import { performance } from 'node:perf_hooks';
import { readPbFile, SearchProgress, tally } from '@balss/tally';

async function measure<T>(work: () => T | Promise<T>): Promise<{ value: T; cpuMs: number; wallMs: number }> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, cpuMs: Math.round((used.user + used.system) / 1000), wallMs: Math.round(performance.now() - wall) };
}

async function main(file: string, rules: readonly string[]): Promise<void> {
  const read = await measure(() => readPbFile(file));
  const { setup, count } = read.value;
  process.stdout.write(
    `${JSON.stringify({ step: 'read', voters: count.voters, projects: setup.projects.length, cpuMs: read.cpuMs, wallMs: read.wallMs })}\n`,
  );
  for (const rule of rules) {
    let search: SearchProgress | undefined;
    let reported = performance.now();
    // Progress lines (written synchronously: stdout is a pipe) let the parent say why a rule it stops was slow.
    const onSearchProgress = (progress: SearchProgress): void => {
      search = progress;
      if (performance.now() - reported > 500) {
        reported = performance.now();
        process.stdout.write(`${JSON.stringify({ step: 'progress', rule, search })}\n`);
      }
    };
    const run = await measure(() => tally(setup, count, { rule, onSearchProgress }));
    process.stdout.write(
      `${JSON.stringify({ step: rule, selected: run.value.selected.length, cpuMs: run.cpuMs, wallMs: run.wallMs, search })}\n`,
    );
  }
}

const [file, ...rules] = process.argv.slice(2);
main(file ?? '', rules).catch((error: unknown) => {
  process.stdout.write(
    `${JSON.stringify({ step: 'error', message: error instanceof Error ? error.message : String(error) })}\n`,
  );
  process.exitCode = 1;
});
