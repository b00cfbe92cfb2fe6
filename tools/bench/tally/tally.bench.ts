/**
 * `npm run bench -- tally [--file <part of a name>]… [--rule <rule>]… [--timeout <seconds>]`
 *
 * Times every rule on every .pb file of ../shared/pabulib (issue 4's target: under 2 s each) and prints
 * a Markdown table for docs/benchmarks.md. Each file runs in a child process, so a rule that passes
 * --timeout (default 60 s) is stopped, reported as over the limit, and the file's other rules go on.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULE_NAMES, SearchProgress } from '@balss/tally';

const TARGET_MS = 2000;

interface Options {
  readonly files: readonly string[];
  readonly rules: readonly string[];
  readonly timeoutMs: number;
}

interface Step {
  readonly step: string;
  readonly cpuMs?: number;
  readonly wallMs?: number;
  readonly voters?: number;
  readonly message?: string;
  /** For a `progress` line, the rule it belongs to. */
  readonly rule?: string;
  /** How the rule's Add1 search went (the last progress report for a stopped rule). */
  readonly search?: SearchProgress;
}

export async function run(args: readonly string[]): Promise<number> {
  const options = parseOptions(args);
  if (typeof options === 'string') {
    process.stderr.write(`bench tally: ${options}\n`);
    return 2;
  }
  const short = options.rules.map((rule) => rule.replace('equalshares', 'mes').replace('greedy-', 'g-'));
  process.stdout.write(
    `| file | voters | read | ${short.join(' | ')} |\n|---|--:|--:|${options.rules.map(() => '--:|').join('')}\n`,
  );
  const over: string[] = [];
  let slowRuns = 0;
  for (const file of options.files) {
    const steps = await timeFile(file, options);
    const voters = steps.get('read')?.voters ?? 0;
    const cells = ['read', ...options.rules].map((step) => cell(steps.get(step), options.timeoutMs));
    process.stdout.write(`| ${file.replace(/\.pb$/, '')} | ${voters} | ${cells.join(' | ')} |\n`);
    const slow = options.rules.filter((rule) => (steps.get(rule)?.cpuMs ?? Infinity) > TARGET_MS);
    slowRuns += slow.length;
    over.push(...slow.map((rule) => `${file} ${rule}: ${whySlow(steps.get(rule), options.timeoutMs)}`));
  }
  const runs = options.files.length * options.rules.length;
  process.stdout.write(`\nCPU ms per step; wall ms in brackets when over twice the CPU time.\n`);
  process.stdout.write(`Over ${TARGET_MS} ms, stopped or failed: ${slowRuns} of ${runs} file × rule runs\n`);
  over.forEach((entry) => process.stdout.write(`  ${entry}\n`));
  return 0;
}

/**
 * Why a run passed the target, from what its Add1 search reported. The fast Add1 (docs/tally.md) can
 * only prove stretches over which the purchase order stays the same, so every order change costs at
 * least one exact MES evaluation; the figures show how many there were and what one costs.
 */
function whySlow(step: Step | undefined, timeoutMs: number): string {
  const search = step?.search;
  if (step === undefined || search === undefined) {
    return step?.message ?? 'no Add1 search ran; not expected to be slow';
  }
  const attempts = search.proofsPassed + search.proofsFailed;
  const evaluations = Math.max(1, search.runs + attempts);
  const stopped = step.cpuMs === undefined;
  const perEvaluation = (stopped ? timeoutMs / evaluations : step.cpuMs / evaluations).toFixed(1);
  const every = search.orderChanges > 0 ? (search.steps / search.orderChanges).toFixed(1) : 'never';
  return [
    `${stopped ? `stopped at the ${timeoutMs / 1000} s limit after` : 'walked'} ${search.steps} steps of the start`,
    `${search.provenSteps} of them proven unchanged in ${search.proofsPassed} stretches (${search.proofsFailed} of ${attempts} proofs failed), ${search.runs} MES runs of single steps`,
    `${evaluations} exact MES evaluations at ~${perEvaluation} ms${stopped ? ' wall' : ''} each`,
    `the purchase order changed ${search.orderChanges} times (every ${every} steps) and no proven stretch can span a change`,
  ].join('; ');
}

function cell(step: Step | undefined, timeoutMs: number): string {
  if (step === undefined) {
    return '—';
  }
  if (step.step === 'timeout') {
    return `> ${timeoutMs / 1000} s`;
  }
  if (step.cpuMs === undefined) {
    return step.message ?? 'error';
  }
  const wall = (step.wallMs ?? 0) > 2 * step.cpuMs + 10 ? ` (${step.wallMs})` : '';
  return `${step.cpuMs}${wall}`;
}

/** Runs the file's rules in child processes, restarting after a rule that passes the time limit. */
async function timeFile(file: string, options: Options): Promise<Map<string, Step>> {
  const steps = new Map<string, Step>();
  let pending = [...options.rules];
  while (pending.length > 0) {
    const { steps: done, killed, progress } = await runChild(file, pending, options.timeoutMs);
    done.forEach((step) => steps.set(step.step, step));
    const error = done.find((step) => step.step === 'error');
    const finished = done.filter((step) => pending.includes(step.step)).length;
    if (error !== undefined || (!killed && finished < pending.length)) {
      pending.slice(finished).forEach((rule) => steps.set(rule, { step: rule, message: 'error' }));
      break;
    }
    if (finished < pending.length) {
      steps.set(pending[finished], { step: 'timeout', search: progress.get(pending[finished]) });
    }
    pending = pending.slice(finished + 1);
  }
  return steps;
}

function runChild(
  file: string,
  rules: readonly string[],
  timeoutMs: number,
): Promise<{ steps: Step[]; killed: boolean; progress: Map<string, SearchProgress | undefined> }> {
  return new Promise((resolvePromise) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, join(__dirname, 'tally-child.ts'), join(corpusDir(), file), ...rules],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    // A stopped benchmark must not leave a child computing on the shared machine.
    const onSignal = (): void => {
      child.kill();
      process.exit(130);
    };
    process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
    const steps: Step[] = [];
    const progress = new Map<string, SearchProgress | undefined>();
    let buffered = '';
    let killed = false;
    const stop = (): void => {
      killed = true;
      child.kill();
    };
    let timer = setTimeout(stop, timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines.filter((text) => text.trim() !== '')) {
        const step = JSON.parse(line) as Step;
        if (step.step === 'progress') {
          progress.set(step.rule ?? '', step.search);
          continue; // a rule still going: its time limit keeps running
        }
        steps.push(step);
        clearTimeout(timer);
        timer = setTimeout(stop, timeoutMs);
      }
    });
    child.on('close', () => {
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      clearTimeout(timer);
      resolvePromise({ steps, killed, progress });
    });
  });
}

function corpusDir(): string {
  return resolve(__dirname, '../../../../shared/pabulib');
}

function parseOptions(args: readonly string[]): Options | string {
  const filters: string[] = [];
  const rules: string[] = [];
  let timeoutMs = 60_000;
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined) {
      return `${flag} needs a value`;
    } else if (flag === '--file') {
      filters.push(value);
    } else if (flag === '--rule') {
      rules.push(...value.split(','));
    } else if (flag === '--timeout') {
      timeoutMs = Number(value) * 1000;
    } else {
      return `unknown option ${flag}`;
    }
  }
  if (!existsSync(corpusDir())) {
    return `no Pabulib corpus at ${corpusDir()}`;
  }
  const files = readdirSync(corpusDir())
    .filter((file) => file.endsWith('.pb') && (filters.length === 0 || filters.some((filter) => file.includes(filter))))
    .sort();
  const unknown = rules.filter((rule) => !(RULE_NAMES as readonly string[]).includes(rule));
  if (unknown.length > 0 || !(timeoutMs > 0)) {
    return unknown.length > 0 ? `unknown rule ${unknown.join(', ')}` : '--timeout needs a positive number of seconds';
  }
  return { files, rules: rules.length > 0 ? rules : RULE_NAMES, timeoutMs };
}
