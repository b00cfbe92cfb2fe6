import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { waitForPort } from './ports.mjs';
import { killStaleFromPidFile, startService } from './processes.mjs';

/** Finds redis-server; if it is missing and apt-get is usable (root), installs it from Debian. */
export function ensureRedisBinary(log = console.log) {
  const found = which('redis-server');
  if (found) return found;
  if (which('apt-get') && process.getuid?.() === 0) {
    log('redis-server is missing: installing it with apt-get (Debian package redis-server)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = which('redis-server');
    if (installed) return installed;
  }
  throw new Error(
    'Redis is needed but redis-server is not installed and cannot be installed here.\n' +
      '  Either install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis)\n' +
      '  or point Balss at a running server: REDIS_URL=redis://host:6379 npm start',
  );
}

/**
 * Starts a private redis-server on loopback with its files (dump, log, pid file) in `dir`. Returns
 * { url, pid, stop }. A redis-server left running in the same `dir` by a SIGKILLed launcher is stopped
 * first. `persist: true` keeps the queue data between runs (`npm start`); tests use `false`.
 */
export async function startRedis({ dir, port, persist = false, log = () => {} }) {
  const bin = ensureRedisBinary(log);
  const absDir = path.resolve(dir);
  fs.mkdirSync(absDir, { recursive: true });
  const pidFile = path.join(absDir, 'launcher.pid');
  await killStaleFromPidFile(pidFile, log);
  const args = [
    '--port', String(port), '--bind', '127.0.0.1', '--dir', absDir,
    '--save', persist ? '60 1' : '', '--appendonly', 'no', '--daemonize', 'no', '--protected-mode', 'yes',
    '--logfile', path.join(absDir, 'redis.log'),
  ];
  const server = startService({ name: 'redis', command: bin, args, pidFile, quiet: true });
  try {
    await Promise.race([
      waitForPort(port),
      server.exited.then(({ code }) => {
        throw new Error(`redis-server exited with code ${code} at start; see ${path.join(absDir, 'redis.log')}`);
      }),
    ]);
  } catch (error) {
    await server.stop(5_000);
    throw error;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: server.pid,
    stop: () => server.stop(10_000),
  };
}

function which(cmd) {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/usr/bin', '/usr/local/bin'])) {
    const p = path.join(dir, cmd);
    if (fs.existsSync(p)) return p;
  }
  return null;
}
