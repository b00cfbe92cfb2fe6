/**
 * `npm run -s tally -- <file.pb> [--rule <rule>] [--tie-break <order>]`: counts a .pb file and prints
 * one JSON line (issue 4). Without --rule it replays the file's own META rule. Any error: a message on
 * stderr and exit code 1 (2 for a wrong command line).
 */
import { performance } from 'node:perf_hooks';
import { canonicalJson, readPbFile, tally, TallyError } from './index';

const USAGE = 'usage: npm run -s tally -- <file.pb> [--rule <rule>] [--tie-break <order>]';

interface Arguments {
  readonly file: string;
  readonly rule?: string;
  readonly tieBreak?: string;
}

function parseArguments(argv: readonly string[]): Arguments | string {
  const files: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    if (flag === '--rule' || flag === '--tie-break') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') {
        return `${flag} needs a value`;
      }
      options[flag] = value;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) {
    return 'exactly one .pb file is needed';
  }
  return { file: files[0] ?? '', rule: options['--rule'], tieBreak: options['--tie-break'] };
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArguments(argv);
  if (typeof args === 'string') {
    process.stderr.write(`tally: ${args}\n${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  try {
    const election = await readPbFile(args.file);
    const result = tally(election.setup, election.count, { rule: args.rule, tieBreak: args.tieBreak });
    const ms = Math.round(performance.now() - started);
    process.stdout.write(`${canonicalJson(result).slice(0, -1)},"ms":${ms}}\n`);
    return 0;
  } catch (error) {
    const message =
      error instanceof TallyError ? error.message : error instanceof Error ? error.message : String(error);
    process.stderr.write(`tally: ${args.file}: ${message}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`tally: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
