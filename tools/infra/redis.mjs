import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { waitForPort } from './ports.mjs';

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

/** Starts a private redis-server on loopback with its files in `dir`. Returns { url, stop }. */
export async function startRedis({ dir, port, persist = false, log = () => {} }) {
  const bin = ensureRedisBinary(log);
  fs.mkdirSync(dir, { recursive: true });
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', path.resolve(dir), '--save', persist ? '60 1' : '', '--appendonly', 'no', '--daemonize', 'no', '--protected-mode', 'yes'];
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => log(String(d).trim()));
  child.stderr.on('data', (d) => log(String(d).trim()));
  await waitForPort(port);
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: child.pid,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
    }),
  };
}

function which(cmd) {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/usr/bin', '/usr/local/bin'])) {
    const p = path.join(dir, cmd);
    if (fs.existsSync(p)) return p;
  }
  return null;
}
