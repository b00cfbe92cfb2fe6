// `npm start`: from a fresh clone (only Node and npm) to a running Balss demo on http://localhost:3000.
// Installs dependencies and builds when needed, starts PostgreSQL (embedded), Redis and a mail catcher
// unless DATABASE_URL / REDIS_URL / SMTP_URL point elsewhere, and the demo e-ID provider (tools/infra/oidc.mjs),
// migrates and seeds, then runs api + worker.
// Ctrl-C (or SIGTERM) stops everything it started, in order: api, worker, redis, postgres, mail, oidc.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printBanner } from './banner.mjs';
import { DIST, ensureBuilt, ensureDependencies } from './prepare.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = path.join(ROOT, '.data');
const RUN = path.join(DATA, 'run');
const STOP_ORDER = ['api', 'worker', 'redis', 'postgres', 'mail', 'oidc'];
const started = new Map(); // name → stop()
let stopping = false;

const say = (msg) => process.stdout.write(`${process.stdout.isTTY ? '\x1b[1m▸ ' : '▸ '}${msg}${process.stdout.isTTY ? '\x1b[0m' : ''}\n`);

class StartError extends Error {}

async function shutdown(code, reason) {
  if (stopping) return;
  stopping = true;
  if (reason) console.error(`\n✖ ${reason}`);
  if (started.size) say('Stopping…');
  for (const name of STOP_ORDER) {
    const stop = started.get(name);
    if (!stop) continue;
    try {
      await stop();
      say(`${name} stopped`);
    } catch (error) {
      console.error(`could not stop ${name} cleanly: ${error.message}`);
    }
  }
  process.exit(code);
}

let firstSignalAt = 0;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    // Another Ctrl-C while stopping: give up waiting; the exit hook of processes.mjs kills what is left.
    // (Within a second it is the same keypress relayed by npm as well as by the terminal; ignore it.)
    if (firstSignalAt && Date.now() - firstSignalAt > 1_000) process.exit(130);
    if (firstSignalAt) return;
    firstSignalAt = Date.now();
    void shutdown(sig === 'SIGINT' ? 130 : 143);
  });
}

async function main() {
  const t0 = Date.now();
  if (ensureDependencies(ROOT, say)) say('Dependencies installed');
  // Imported only now: these modules need packages (pg) that the step above may just have installed.
  const { freePort, isListening } = await import('../infra/ports.mjs');
  const { killStaleFromPidFile, runPrefixed, startService } = await import('../infra/processes.mjs');
  ensureBuilt(ROOT, say);
  fs.mkdirSync(RUN, { recursive: true });

  const port = Number(process.env.PORT ?? 3000);
  for (const name of ['api', 'worker']) await killStaleFromPidFile(path.join(RUN, `${name}.pid`), say);
  if (await isListening(port)) {
    throw new StartError(`Port ${port} is already in use (another npm start?). Stop that process or choose another port: PORT=${port + 1} npm start`);
  }
  const pickPort = async (preferred, what) => {
    if (!(await isListening(preferred))) return preferred;
    const other = await freePort();
    say(`Port ${preferred} is taken, so ${what} uses port ${other} instead`);
    return other;
  };

  const databaseUrl = process.env.DATABASE_URL ?? (await startPostgres(pickPort));
  if (stopping) return;
  const redisUrl = process.env.REDIS_URL ?? (await startLocalRedis(pickPort));
  if (stopping) return;
  const mail = process.env.SMTP_URL ? { smtpUrl: process.env.SMTP_URL } : await startMail(pickPort);
  if (stopping) return;
  const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${port}`;
  const eid = await startDemoEid(pickPort, publicUrl);
  if (stopping) return;

  const env = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    ...(mail.smtpUrl ? { SMTP_URL: mail.smtpUrl } : {}),
    DEMO_MODE: 'true',
    PUBLIC_URL: publicUrl,
    EID_DEMO_ISSUER_URL: eid.issuer,
    EID_CLIENT_SECRET_DEMO: DEMO_EID_CLIENT_SECRET,
    WEB_DIST_PATH: path.join(ROOT, path.dirname(DIST.web)),
    LOG_PRETTY: process.env.LOG_PRETTY ?? 'true',
    ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
  };
  for (const step of ['migrate', 'seed']) {
    say(step === 'migrate' ? 'Applying database migrations' : 'Loading demo data (idempotent)');
    const code = await runPrefixed(step, process.execPath, [path.join(ROOT, DIST.cli), step], { env, cwd: ROOT });
    if (stopping) return;
    if (code !== 0) throw new StartError(`node ${DIST.cli} ${step} failed with exit code ${code}`);
  }

  for (const name of ['worker', 'api']) {
    const svc = startService({ name, command: process.execPath, args: [path.join(ROOT, DIST[name])], env, cwd: ROOT, pidFile: path.join(RUN, `${name}.pid`) });
    started.set(name, () => svc.stop(name === 'worker' ? 20_000 : 10_000));
    void svc.exited.then(({ code, signal, error }) => {
      if (!stopping) void shutdown(1, `${name} ${error ? `could not start: ${error.message}` : `exited unexpectedly (${signal ?? `code ${code}`})`}; stopping everything.`);
    });
  }
  await waitForHealth(port);
  if (stopping) return;
  printBanner({ port, mail, eid, databaseUrl, redisUrl, seconds: (Date.now() - t0) / 1000, root: ROOT });
}

async function startPostgres(pickPort) {
  const { startEmbeddedPostgres, stopStaleServer } = await import('../infra/postgres.mjs');
  await stopStaleServer(path.join(DATA, 'postgres'), say); // before choosing a port: it may hold 5432
  const port = await pickPort(5432, 'PostgreSQL');
  say(`Starting PostgreSQL on port ${port} (data in .data/postgres)`);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(DATA, 'postgres'), port, log: (m) => say(m) });
  started.set('postgres', pg.stop);
  return pg.url;
}

async function startLocalRedis(pickPort) {
  const { startRedis } = await import('../infra/redis.mjs');
  const { killStaleFromPidFile } = await import('../infra/processes.mjs');
  await killStaleFromPidFile(path.join(DATA, 'redis', 'launcher.pid'), say);
  const port = await pickPort(6379, 'Redis');
  say(`Starting Redis on port ${port} (data in .data/redis)`);
  const redis = await startRedis({ dir: path.join(DATA, 'redis'), port, persist: true, log: (m) => say(m) });
  started.set('redis', redis.stop);
  return redis.url;
}

/** The mail catcher (tools/infra/smtp.mjs): every e-mail the demo sends lands in a local web inbox. */
async function startMail(pickPort) {
  const module = path.join(ROOT, 'tools/infra/smtp.mjs');
  if (!fs.existsSync(module)) {
    say('No mail catcher available (tools/infra/smtp.mjs is missing); e-mails will not be delivered');
    return {};
  }
  const { startSmtpCapture } = await import(module);
  const port = await pickPort(1025, 'the mail catcher (SMTP)');
  const httpPort = await pickPort(8025, 'the mail inbox (HTTP)');
  const mail = await startSmtpCapture({ port, httpPort, dir: path.join(DATA, 'mail') });
  started.set('mail', mail.stop);
  return mail;
}

/**
 * The demo e-ID provider (tools/infra/oidc.mjs): "Sign in with e-ID" lands on its page listing the demo
 * residents (tools/infra/oidc-demo-residents.json), whose codes are in the Daugavpils demo register.
 * Its client secret is a public demo value, passed to the api like a real one (EID_CLIENT_SECRET_DEMO).
 */
const DEMO_EID_CLIENT_SECRET = 'balss-demo-eid-client-secret';
async function startDemoEid(pickPort, publicUrl) {
  const { startOidcProvider, DEMO_RESIDENTS } = await import('../infra/oidc.mjs');
  const callbacks = [...new Set([publicUrl, publicUrl.replace('//localhost', '//127.0.0.1')])].map((origin) => `${origin}/api/auth/eid/callback`);
  const oidcPort = await pickPort(4000, 'the demo e-ID provider');
  const op = await startOidcProvider({ port: oidcPort, host: '127.0.0.1', clients: [{ clientId: 'balss-demo', clientSecret: DEMO_EID_CLIENT_SECRET, redirectUris: callbacks }] });
  started.set('oidc', op.stop);
  return { issuer: op.issuer, residents: DEMO_RESIDENTS };
}

async function waitForHealth(port, timeoutMs = 180_000) {
  const url = `http://127.0.0.1:${port}/api/health`;
  say(`Waiting for ${url}`);
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  let nextNote = Date.now() + 20_000;
  while (!stopping && Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3_000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status} ${(await res.text()).slice(0, 200)}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    if (Date.now() > nextNote) {
      say(`still waiting for the api to report healthy (last: ${last})`);
      nextNote = Date.now() + 20_000;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  if (!stopping) throw new StartError(`the api did not become healthy within ${timeoutMs / 1000} s (last: ${last})`);
}

main().catch((error) => shutdown(1, error instanceof StartError ? error.message : `npm start failed: ${error.stack ?? error}`));
