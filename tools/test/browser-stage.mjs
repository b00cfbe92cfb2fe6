// Stage 6 of `npm test`: build the real artefacts, run them as `npm start` would (api serving the web build,
// worker, test SMTP capture) against a fresh migrated + seeded database, and drive them with Chromium.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../infra/ports.mjs';
import { runPrefixed, startService } from '../infra/processes.mjs';
import { collectJest, jestArgs } from './jest-results.mjs';
import { runMany } from './nx.mjs';

export const CHROMIUM = '/usr/bin/chromium';

/** Installs Chromium from Debian when it is missing and apt-get is usable; returns an error text otherwise. */
export function ensureChromium(log) {
  if (fs.existsSync(CHROMIUM)) return null;
  const aptGet = ['/usr/bin/apt-get', '/bin/apt-get'].find((p) => fs.existsSync(p));
  if (!aptGet || process.getuid?.() !== 0) {
    return `${CHROMIUM} is missing and cannot be installed here (needs root and apt-get). Install Debian's "chromium" package.`;
  }
  log('Chromium is missing: installing it with apt-get (Debian package chromium)…');
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync(aptGet, ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync(aptGet, ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env });
  } catch (error) {
    return `apt-get install chromium failed: ${error.message}`;
  }
  return fs.existsSync(CHROMIUM) ? null : `apt-get finished but ${CHROMIUM} is still missing`;
}

/**
 * Runs the stage; every step is one check (build per app, migrate, seed, health) plus the Jest counts of
 * web-e2e. `ctx` = { root, tmp, infra: {pg, redis, mail}, say, track(service) }.
 */
export async function browserStage(ctx) {
  const res = { passed: 0, failed: 0, failures: [] };
  const check = (ok, what) => {
    if (ok) res.passed++;
    else {
      res.failed++;
      res.failures.push(what);
    }
    return ok;
  };
  const missingChromium = ensureChromium(ctx.say);
  if (missingChromium) return { passed: 0, failed: 1, failures: [missingChromium] };

  ctx.say('Building api, worker and web');
  const apps = ['api', 'worker', 'web'];
  const build = await runMany(ctx.root, { target: 'build', projects: apps, timeoutMs: 20 * 60_000 });
  // Nx failing without naming a task (e.g. a broken project graph) fails every app.
  for (const app of apps) check(build.code === 0 || (build.failed.size > 0 && !build.failed.has(app)), `${app}: build failed`);
  if (build.code !== 0) return res;

  const env = await appEnv(ctx);
  // The demo e-ID provider, as under `npm start`: the browser tests sign in through it.
  const { startOidcProvider } = await import('../infra/oidc.mjs');
  const op = await startOidcProvider({
    port: 0,
    clients: [{ clientId: 'balss-demo', clientSecret: env.EID_CLIENT_SECRET_DEMO, redirectUris: [`${env.E2E_BASE_URL}/api/auth/eid/callback`] }],
  });
  ctx.track({ name: 'oidc', stop: () => op.stop() });
  Object.assign(env, { EID_DEMO_ISSUER_URL: op.issuer, E2E_OIDC_ISSUER: op.issuer });
  const cli = path.join(ctx.root, 'dist/backend/api/cli.js');
  for (const step of ['migrate', 'seed']) {
    const code = await runPrefixed(`e2e-${step}`, process.execPath, [cli, step], { env, cwd: ctx.root });
    if (!check(code === 0, `node dist/backend/api/cli.js ${step} failed (exit ${code})`)) return res;
  }

  const services = [];
  try {
    for (const name of ['worker', 'api']) {
      const svc = startService({ name: `e2e-${name}`, command: process.execPath, args: [path.join(ctx.root, `dist/backend/${name}/main.js`)], env, cwd: ctx.root });
      services.unshift(svc); // stop order: api, then worker
      ctx.track(svc);
    }
    const health = await waitForHealth(`${env.E2E_BASE_URL}/api/health`, services);
    if (!check(health === null, `the api did not become healthy: ${health}`)) return res;

    const resultsDir = path.join(ctx.tmp, 'jest-browser');
    const run = await runMany(ctx.root, {
      target: 'test',
      projects: ['web-e2e'],
      parallel: 1,
      extraArgs: ['--skip-nx-cache'],
      // BROWSER_TEST_PATTERN narrows the run to matching spec paths (a regex, as Jest's --testPathPatterns).
      passThrough: [...jestArgs(), ...(process.env.BROWSER_TEST_PATTERN ? [`--testPathPatterns=${process.env.BROWSER_TEST_PATTERN}`] : [])],
      env: { ...env, BALSS_TEST_RESULTS_DIR: resultsDir },
      timeoutMs: 20 * 60_000,
    });
    const jest = collectJest(resultsDir, { failedTasks: run.failed.size || run.code === 0 ? run.failed : new Set(['web-e2e']) });
    res.passed += jest.passed;
    res.failed += jest.failed;
    res.failures.push(...jest.failures);
  } finally {
    for (const svc of services) await svc.stop(10_000);
  }
  return res;
}

/** Environment of the api/worker under test and of the browser tests (E2E_*). */
async function appEnv(ctx) {
  const database = `balss_e2e_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ctx.infra.pg.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  await admin.end();
  const databaseUrl = new URL(ctx.infra.pg.adminUrl);
  databaseUrl.pathname = `/${database}`;
  const port = await freePort();
  return {
    ...process.env,
    NODE_ENV: 'development', // as under `npm start`, which is what people click through
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: ctx.infra.redis.url,
    SMTP_URL: ctx.infra.mail.smtpUrl,
    DEMO_MODE: 'true',
    WEB_DIST_PATH: path.join(ctx.root, 'dist/frontend/web/browser'),
    RATE_LIMIT_PER_MINUTE: '100000', // a page sweep in three languages must not trip the limiter
    LOG_LEVEL: 'warn',
    LOG_PRETTY: 'true',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    EID_CLIENT_SECRET_DEMO: 'e2e-demo-eid-client-secret',
    E2E_BASE_URL: `http://127.0.0.1:${port}`,
    E2E_MAIL_URL: ctx.infra.mail.httpUrl,
    E2E_CHROMIUM: CHROMIUM,
  };
}

/** null when healthy, else why not. Fails fast if api or worker exits. */
async function waitForHealth(url, services, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  let dead = null;
  for (const svc of services) void svc.exited.then(({ code, signal }) => (dead ??= `${svc.name} exited (${signal ?? `code ${code}`})`));
  while (Date.now() < deadline && !dead) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3_000) });
      if (res.status === 200) return null;
      last = `HTTP ${res.status} ${(await res.text()).slice(0, 300)}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return dead ?? `${url} last answered ${last}`;
}
