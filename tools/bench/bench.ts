/**
 * `npm run bench -- <benchmark> [options]`. One entry per benchmark: to add one, add a module with a
 * `run(args)` that returns an exit code, and a line below. Benchmarks print their own report.
 */
interface Benchmark {
  readonly summary: string;
  readonly run: (args: readonly string[]) => Promise<number>;
}

const BENCHMARKS: Readonly<Record<string, Benchmark>> = {
  tally: {
    summary: 'every tally rule on every election of ../shared/pabulib (options: --file, --rule, --timeout)',
    run: async (args) => (await import('./tally/tally.bench')).run(args),
  },
  register: {
    summary: 'voter-register CSV import over HTTP with the built api and worker (option: --rows, default 100000)',
    run: async (args) => (await import('./register/register.bench')).run(args),
  },
};

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  const benchmark = name === undefined ? undefined : BENCHMARKS[name];
  if (benchmark === undefined) {
    const list = Object.entries(BENCHMARKS).map(([key, { summary }]) => `  ${key.padEnd(8)} ${summary}`);
    process.stderr.write(`usage: npm run bench -- <benchmark> [options]\n${list.join('\n')}\n`);
    return 2;
  }
  return benchmark.run(args);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
