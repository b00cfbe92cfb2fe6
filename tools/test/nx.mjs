// Running Nx from the test orchestrator: resolve which projects have a target, run a target over them, and
// tell which tasks failed (from Nx's static summary, which lists every failed task).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export const NX_ENV = {
  NX_DAEMON: 'false', // no background process left behind; CI has no daemon either
  NX_TUI: 'false',
  NX_TASKS_RUNNER_DYNAMIC_OUTPUT: 'false',
  NX_NO_CLOUD: 'true',
  NX_SKIP_NX_CACHE_WARNING: 'true',
};

export function nxBin(root) {
  return path.join(root, 'node_modules/.bin/nx');
}

/** Names of projects with `target`, optionally restricted to the `-p` filter (names, globs, tag:…). */
export function projectsWithTarget(root, target, filter) {
  const args = ['show', 'projects', '--json', ...(target ? ['--with-target', target] : []), ...(filter ? ['-p', filter] : [])];
  const run = spawnSync(nxBin(root), args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...NX_ENV } });
  if (run.status !== 0) throw new Error(`nx ${args.join(' ')} failed:\n${run.stderr}`);
  const json = run.stdout.slice(run.stdout.indexOf('['));
  return JSON.parse(json).sort();
}

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/**
 * Runs `nx run-many -t target -p projects…` with output streamed to the console, in its own process group so
 * `stop()` can end it and everything it started. Resolves { code, failed: Set<project>, timedOut }.
 */
export function runMany(root, { target, projects, parallel = 2, extraArgs = [], passThrough = [], env = {}, timeoutMs }) {
  const args = ['run-many', '-t', target, '-p', projects.join(','), `--parallel=${parallel}`, '--outputStyle=static', ...extraArgs];
  if (passThrough.length) args.push('--', ...passThrough);
  const child = spawn(nxBin(root), args, { cwd: root, env: { ...process.env, ...NX_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  current = child;
  const tail = [];
  const keep = (chunk, out) => {
    out.write(chunk);
    for (const line of chunk.toString('utf8').split('\n')) {
      tail.push(line.replace(ANSI, ''));
      if (tail.length > 600) tail.shift();
    }
  };
  child.stdout.on('data', (c) => keep(c, process.stdout));
  child.stderr.on('data', (c) => keep(c, process.stderr));
  let timedOut = false;
  const timer = timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        console.error(`\n${target}: no result after ${Math.round(timeoutMs / 60000)} min; stopping it`);
        killGroup(child.pid, 'SIGTERM');
        setTimeout(() => killGroup(child.pid, 'SIGKILL'), 10_000).unref();
      }, timeoutMs)
    : null;
  return new Promise((resolve) => {
    child.once('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      current = null;
      resolve({ code: code ?? (signal ? 128 : 1), failed: failedProjects(tail, target), timedOut });
    });
  });
}

/** Projects listed under "Failed tasks:" (or not run because a dependency failed) in Nx's summary. */
function failedProjects(lines, target) {
  const failed = new Set();
  let inList = false;
  for (const line of lines) {
    if (/^\s*(Failed tasks:|Tasks not run because)/.test(line)) {
      inList = true;
      continue;
    }
    const m = /^\s*-\s+([^\s:]+):([^\s:]+)/.exec(line);
    if (inList && m && m[2] === target) failed.add(m[1]);
    else if (inList && line.trim()) inList = false;
  }
  return failed;
}

let current = null;

/** Stops the Nx run in progress (Ctrl-C of the orchestrator). */
export function stopCurrent() {
  if (current?.pid) killGroup(current.pid, 'SIGINT');
}

function killGroup(pid, sig) {
  try {
    process.kill(-pid, sig);
  } catch {
    // gone already
  }
}

process.on('exit', () => {
  if (current?.pid) killGroup(current.pid, 'SIGKILL');
});
