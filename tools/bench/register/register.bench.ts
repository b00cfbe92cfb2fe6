/**
 * `npm run bench -- register [--rows <n>]` (default 100,000)
 *
 * The voter-register import end to end over HTTP, as an administrator does it: builds if needed, runs
 * the built api and worker on a throw-away PostgreSQL and Redis (stack.ts), signs in as the demo
 * Daugavpils administrator, uploads n synthetic valid rows to POST /api/register/imports and polls
 * GET /api/register/imports/:id until the import completes. Prints the upload's response time, every
 * progress state with its elapsed time, the total, rows/s and the peak RSS of api and worker.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout } from 'node:timers/promises';
import type { MunicipalityDto, RegisterImportDto } from '@balss/contracts';
import { ApiRoutes, DEFAULT_MUNICIPALITY_SLUG, RegisterRoutes } from '@balss/contracts';
import { ApiSession } from './api-session';
import { MAX_ROWS, registerCsv } from './register-csv';
import { build, type Stack, startStack } from './stack';

/** Phase boundaries are known to within this (plus one GET). */
const POLL_MS = 100;
const TIMEOUT_MS = 15 * 60_000;
const say = (message = '') => process.stdout.write(`▸ ${message}\n`);

export async function run(args: readonly string[]): Promise<number> {
  const rows = parseRows(args);
  if (typeof rows === 'string') {
    process.stderr.write(`bench register: ${rows}\n`);
    return 2;
  }
  build(say);
  let stop: (() => Promise<void>) | undefined;
  const interrupted = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    // One Ctrl-C arrives more than once (from the terminal and relayed by npm and tsx): act on the first.
    if (interrupted.signal.aborted) {
      return;
    }
    say(`${signal}: stopping…`);
    interrupted.abort(new Error(`stopped by ${signal}`));
    void (stop?.() ?? Promise.resolve()).then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  signals.forEach((signal) => process.on(signal, onSignal));
  try {
    const stack = await startStack(say, (stopper) => (stop = stopper));
    await measure(stack, rows, interrupted.signal);
    return 0;
  } finally {
    say('Stopping api, worker, Redis and PostgreSQL');
    await stop?.();
    signals.forEach((signal) => process.off(signal, onSignal));
  }
}

async function measure(stack: Stack, rows: number, interrupted: AbortSignal): Promise<void> {
  const { login, password } = demoAdministrator();
  const admin = await ApiSession.signIn(stack.baseUrl, login, password, interrupted);
  const municipality = await admin.json<MunicipalityDto>('GET', ApiRoutes.municipality(DEFAULT_MUNICIPALITY_SLUG));
  const csv = registerCsv(
    rows,
    municipality.neighbourhoods.map(({ slug }) => slug),
  );
  const mib = (Buffer.byteLength(csv) / 1024 / 1024).toFixed(1);
  say(
    `Uploading ${rows.toLocaleString('en')} rows (${mib} MiB, ${municipality.neighbourhoods.length} neighbourhoods) as ${login}`,
  );

  const t0 = performance.now();
  const upload = await admin.send('POST', `${RegisterRoutes.imports}?fileName=bench.csv`, csv, 'text/csv');
  const accepted = (await upload.json()) as RegisterImportDto;
  const firstSeen = new Map<string, number>([['202', performance.now() - t0]]);
  out(`${seconds(firstSeen.get('202')).padStart(8)}  POST answered ${upload.status}: ${describe(accepted)}`);
  const done = await poll(admin, accepted, (state) => {
    const at = performance.now() - t0;
    // Phases (validating, writing) and statuses (completed: committed, not just reported done).
    for (const key of [state.progress.phase, state.status]) {
      if (!firstSeen.has(key)) {
        firstSeen.set(key, at);
      }
    }
    out(`${seconds(at).padStart(8)}  ${describe(state)}`);
  });
  const totalMs = performance.now() - t0;
  const span = (from: string, to: string) => seconds((firstSeen.get(to) ?? NaN) - (firstSeen.get(from) ?? NaN));
  out('');
  out(`upload: POST until 202 (api streams into staging and validates)  ${seconds(firstSeen.get('202'))}`);
  out(`queue: 202 until the worker reports validating                   ${span('202', 'validating')}`);
  out(`worker: validating until the first batch is written              ${span('validating', 'writing')}`);
  out(`worker: first batch written until completed (rest + commit)      ${span('writing', 'completed')}`);
  out(`total: POST sent until completed seen                            ${seconds(totalMs)}`);
  out(`throughput: ${Math.round(rows / (totalMs / 1000))} rows/s end to end; ${done.rowCount} rows stored`);
  out(`worker by its own clock (startedAt → finishedAt, before commit): ${seconds(serverSpan(done))}`);
  out(`peak RSS (VmHWM): api ${peakRss(stack.pids.api)}, worker ${peakRss(stack.pids.worker)}`);
  out(`load average (1 min) of the machine at the end: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
}

/** Polls until the import completes; `onChange` sees every state that differs from the one before. */
async function poll(
  admin: ApiSession,
  accepted: RegisterImportDto,
  onChange: (state: RegisterImportDto) => void,
): Promise<RegisterImportDto> {
  const deadline = performance.now() + TIMEOUT_MS;
  let state = accepted;
  let last = describe(state);
  while (state.status !== 'completed') {
    if (state.status === 'failed') {
      throw new Error(`the import failed: ${state.failureReason ?? JSON.stringify(state.errors)}`);
    }
    if (performance.now() > deadline) {
      throw new Error(`the import did not complete in ${TIMEOUT_MS / 60_000} minutes`);
    }
    await setTimeout(POLL_MS);
    state = await admin.json<RegisterImportDto>('GET', RegisterRoutes.import(state.id));
    if (describe(state) !== last) {
      last = describe(state);
      onChange(state);
    }
  }
  return state;
}

function serverSpan({ startedAt, finishedAt }: RegisterImportDto): number {
  return startedAt && finishedAt ? Date.parse(finishedAt) - Date.parse(startedAt) : NaN;
}

/** A phase that started and ended between two polls has no time of its own. */
function seconds(ms: number | undefined): string {
  return ms === undefined || Number.isNaN(ms) ? 'not seen (shorter than a poll)' : `${(ms / 1000).toFixed(2)} s`;
}

function describe({ status, progress }: RegisterImportDto): string {
  return `${status} · ${progress.phase} ${progress.percent} % (${progress.processedRows}/${progress.totalRows})`;
}

/** VmHWM: the process's peak resident set since it started (Linux only). */
function peakRss(pid: number): string {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? `${Math.round(Number(kib) / 1024)} MiB` : 'unknown';
  } catch {
    return 'unknown (no /proc)';
  }
}

function demoAdministrator(): { login: string; password: string } {
  const file = path.resolve(__dirname, '../../start/demo-logins.json');
  const { logins } = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    logins: Array<{ role: string; login: string; password: string }>;
  };
  const admin = logins.find(({ role }) => role === 'admin');
  if (!admin) {
    throw new Error(`${file} has no "admin" login`);
  }
  return admin;
}

function parseRows(args: readonly string[]): number | string {
  if (args.length === 0) {
    return 100_000;
  }
  const [flag, value, ...rest] = args;
  const rows = Number(value);
  if (flag !== '--rows' || rest.length > 0 || !Number.isInteger(rows) || rows < 1 || rows > MAX_ROWS) {
    return `usage: npm run bench -- register [--rows <1–${MAX_ROWS}>] (got: ${args.join(' ')})`;
  }
  return rows;
}

function out(line: string): void {
  process.stdout.write(`${line}\n`);
}
