// Child-process helpers shared by `npm start` and `npm test`.
//
// Long-running services (postgres, redis, api, worker) are spawned *detached* (their own process group):
// Ctrl-C in the terminal then reaches only the launcher, which stops them one by one in a fixed order
// instead of all at once. Because a detached child would outlive a crashed launcher, every service is also
// killed from a synchronous `process.on('exit')` hook, and records a pid file so the next run can clear what
// a SIGKILLed launcher left behind.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';

const COLORS = [36, 35, 33, 32, 34, 31];
let nextColor = 0;

/** Prefixes every line of a stream with `name │ `, coloured when the console is a terminal. */
export function pipeWithPrefix(stream, name, out = process.stdout) {
  const color = COLORS[nextColor++ % COLORS.length];
  const label = name.padEnd(7);
  const prefix = out.isTTY ? `\x1b[${color}m${label}│\x1b[0m ` : `${label}│ `;
  readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => out.write(`${prefix}${line}\n`));
}

const live = new Map();
process.on('exit', () => {
  for (const [child, { exitSignal, group }] of live) signal(child.pid, exitSignal, group);
});

function signal(pid, sig, group = true) {
  if (group) killGroup(pid, sig);
  else {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  }
}

function killGroup(pid, sig) {
  try {
    process.kill(-pid, sig);
  } catch {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  }
}

/**
 * Spawns a long-running service in its own process group with prefixed output.
 * Returns { name, pid, child, exited (a promise of {code, signal}), stop(timeoutMs) }.
 * stop() sends SIGTERM (or `stopSignal`) to the group (or to the process alone with `group: false`), waits,
 * then SIGKILLs whatever is left. `exitSignal` is what the launcher's exit hook sends if it dies first.
 */
export function startService({
  name,
  command,
  args = [],
  env = process.env,
  cwd,
  pidFile,
  stopSignal = 'SIGTERM',
  exitSignal = 'SIGKILL',
  group = true,
  quiet = false,
  uid,
  gid,
  stdio,
  signature,
}) {
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    uid,
    gid,
    stdio: stdio ?? ['ignore', quiet ? 'ignore' : 'pipe', quiet ? 'ignore' : 'pipe'],
  });
  live.set(child, { exitSignal, group });
  if (child.stdout) pipeWithPrefix(child.stdout, name);
  if (child.stderr) pipeWithPrefix(child.stderr, name, process.stderr);
  // What the pid file records to recognise this process later: the script for `node script.js`.
  if (pidFile && child.pid) writePidFile(pidFile, child.pid, signature ?? (args[0]?.endsWith('.js') ? args[0] : command));
  const exited = new Promise((resolve) => {
    child.once('error', (error) => {
      live.delete(child);
      resolve({ code: null, signal: null, error });
    });
    child.once('exit', (code, signal) => {
      live.delete(child);
      if (pidFile) fs.rmSync(pidFile, { force: true });
      resolve({ code, signal });
    });
  });
  const stop = async (timeoutMs = 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return exited;
    signal(child.pid, stopSignal, group);
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), timeoutMs);
    const result = await exited;
    clearTimeout(timer);
    // Anything left in the group (a grand-child that ignored the signal) goes too.
    killGroup(child.pid, 'SIGKILL');
    return result;
  };
  return { name, pid: child.pid, child, exited, stop };
}

/** Records `pid` and what it runs, so a later run can tell a leftover of ours from an unrelated process. */
export function writePidFile(file, pid, command) {
  fs.writeFileSync(file, `${pid}\n${command}\n`);
}

/**
 * Stops a process recorded in `file` by an earlier run that did not shut down cleanly (SIGKILL, power loss),
 * but only if that pid still runs the recorded command. Returns true if it stopped something.
 */
export async function killStaleFromPidFile(file, log = () => {}) {
  if (!fs.existsSync(file)) return false;
  const [pidText, command = ''] = fs.readFileSync(file, 'utf8').split('\n');
  fs.rmSync(file, { force: true });
  const pid = Number(pidText);
  if (!pid || !processRuns(pid, command)) return false;
  log(`stopping ${command} (pid ${pid}) left running by an earlier run`);
  killGroup(pid, 'SIGTERM');
  if (!(await waitForExit(pid, 10_000))) {
    killGroup(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
  return true;
}

/** True if `pid` is alive and (when given) its command line contains `command` (a binary or script path). */
export function processRuns(pid, command = '') {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (!command) return true;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    return cmdline.includes(command);
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

export async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!processRuns(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !processRuns(pid);
}

/** Runs a command to completion with prefixed output; resolves with its exit code (never rejects). */
export function runPrefixed(name, command, args, { env = process.env, cwd } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    pipeWithPrefix(child.stdout, name);
    pipeWithPrefix(child.stderr, name, process.stderr);
    child.once('error', (e) => {
      process.stderr.write(`${name}: ${e.message}\n`);
      resolve(127);
    });
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}
