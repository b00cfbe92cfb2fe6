/**
 * Balss as `npm start` runs it, but throw-away: a fresh embedded PostgreSQL and redis-server on free
 * ports in a temp directory, migrated and seeded with the built CLI, then the built worker and api.
 * `stop()` stops what has started so far (api, worker, redis, postgres) and deletes the directory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiRoutes } from '@balss/contracts';
// tools/infra and tools/start are plain Node scripts outside any Nx project (npm start and npm test run
// them without a build), so they are imported by path.
/* eslint-disable @nx/enforce-module-boundaries */
import { freePort } from '../../infra/ports.mjs';
import { startEmbeddedPostgres } from '../../infra/postgres.mjs';
import { runPrefixed, startService } from '../../infra/processes.mjs';
import { startRedis } from '../../infra/redis.mjs';
import { DIST, ensureBuilt } from '../../start/prepare.mjs';
/* eslint-enable @nx/enforce-module-boundaries */

export interface Stack {
  readonly baseUrl: string;
  readonly pids: { readonly api: number; readonly worker: number; readonly redis: number; readonly postgres: number };
  readonly stop: () => Promise<void>;
}

/** Optional message: the .mjs helpers' `log = () => {}` defaults make TypeScript infer `() => void`. */
type Say = (message?: string) => void;

/** processes.mjs's `args = []` default makes TypeScript infer `args: never[]`. */
const startNode = startService as (options: {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
}) => ReturnType<typeof startService>;

const ROOT = path.resolve(__dirname, '../../..');

/** Builds api/worker/web when a source is newer than the build, as `npm start` does. */
export function build(say: Say): void {
  ensureBuilt(ROOT, say);
}

/**
 * Starts everything; `onStop` receives the stopper as soon as the first process runs, so a Ctrl-C
 * during the start stops what is already there.
 */
export async function startStack(say: Say, onStop: (stop: () => Promise<void>) => void): Promise<Stack> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'balss-bench-'));
  fs.chmodSync(tmp, 0o755); // as root, PostgreSQL runs as user "postgres", which must be able to enter it
  const stops: Array<() => Promise<unknown>> = []; // in stop order: last started first
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      for (const one of stops) {
        await one().catch((error: unknown) => say(`could not stop cleanly: ${String(error)}`));
      }
      fs.rmSync(tmp, { recursive: true, force: true });
    })());
  onStop(stop);

  const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), port: await freePort(), log: say });
  stops.unshift(pg.stop);
  const redis = await startRedis({ dir: path.join(tmp, 'redis'), port: await freePort(), log: say });
  stops.unshift(redis.stop);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: pg.url,
    REDIS_URL: redis.url,
    DEMO_MODE: 'true', // the seed creates the demo administrator
    PUBLIC_URL: baseUrl,
    RATE_LIMIT_PER_MINUTE: '100000', // polling the import must not trip the limiter
    LOG_LEVEL: 'warn',
  };
  const options = { env, cwd: ROOT }; // a variable: runPrefixed's inferred type lacks `cwd`, which it reads
  for (const step of ['migrate', 'seed']) {
    const code = await runPrefixed(step, process.execPath, [path.join(ROOT, DIST.cli), step], options);
    if (code !== 0) {
      throw new Error(`node ${DIST.cli} ${step} failed with exit code ${code}`);
    }
  }
  const services = (['worker', 'api'] as const).map((name) => {
    const service = startNode({ name, command: process.execPath, args: [path.join(ROOT, DIST[name])], env, cwd: ROOT });
    stops.unshift(() => service.stop(name === 'worker' ? 20_000 : 10_000));
    return service;
  });
  await waitForHealth(`${baseUrl}${ApiRoutes.health}`, services);
  const [worker, api] = services;
  const pids = { api: api.pid ?? 0, worker: worker.pid ?? 0, redis: redis.pid ?? 0, postgres: pg.pid ?? 0 };
  say(
    `Running on ${baseUrl}, pids ${Object.entries(pids)
      .map(([name, pid]) => `${name} ${pid}`)
      .join(', ')}`,
  );
  return { baseUrl, pids, stop };
}

interface Running {
  readonly name: string;
  readonly exited: Promise<{ code: number | null; signal: string | null }>;
}

/** Resolves once the api answers 200; throws when a service exits first or after `timeoutMs`. */
async function waitForHealth(url: string, services: readonly Running[], timeoutMs = 90_000): Promise<void> {
  let dead: string | undefined;
  for (const { name, exited } of services) {
    void exited.then(({ code, signal }) => (dead ??= `${name} exited (${signal ?? `code ${code}`})`));
  }
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (!dead && Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3_000) });
      if (res.status === 200) {
        return;
      }
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(dead ?? `${url} did not become healthy (last: ${last})`);
}
