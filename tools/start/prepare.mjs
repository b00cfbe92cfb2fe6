// The "is this checkout ready to run?" half of `npm start`: dependencies installed from the current
// lockfile, and api/worker/web built from the current sources. Plain Node so it runs before anything exists.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const STAMP = 'node_modules/.balss-lockfile.sha256';

/** Runs `npm ci` when node_modules is missing or was installed from another package-lock.json. */
export function ensureDependencies(root, say) {
  const lockPath = path.join(root, 'package-lock.json');
  const hash = crypto.createHash('sha256').update(fs.readFileSync(lockPath)).digest('hex');
  const reason = dependenciesOutOfDate(root, hash);
  if (!reason) return false;
  if (isSymlink(path.join(root, 'node_modules'))) {
    say(`Warning: ${reason}, but node_modules is a symlink to a shared install; not reinstalling it`);
    return false;
  }
  say(`Installing dependencies (${reason}) with npm ci — a few minutes on a fresh machine…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const ci = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  process.stderr.write(ci.stderr ?? '');
  if (ci.status !== 0 && /can only install packages when your package\.json and package-lock\.json/.test(ci.stderr ?? '')) {
    // npm/cli#4828: npm 11 `npm ci` rejects this lockfile for optional platform packages it lacks (even a
    // freshly generated one). `npm install` still takes every version from the lockfile; `--no-save`
    // keeps the tracked package-lock.json unchanged.
    say('npm ci rejected package-lock.json (optional platform packages, npm/cli#4828); using npm install --no-save instead');
    const install = spawnSync(npm, ['install', '--no-save', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
    if (install.status !== 0) throw new Error('npm install failed; see the output above');
  } else if (ci.status !== 0) {
    throw new Error('npm ci failed; see the output above');
  }
  const installedHash = crypto.createHash('sha256').update(fs.readFileSync(lockPath)).digest('hex');
  fs.writeFileSync(path.join(root, STAMP), installedHash);
  return true;
}

function isSymlink(p) {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function dependenciesOutOfDate(root, hash) {
  if (!fs.existsSync(path.join(root, 'node_modules'))) return 'node_modules is missing';
  const stampPath = path.join(root, STAMP);
  if (fs.existsSync(stampPath) && fs.readFileSync(stampPath, 'utf8').trim() === hash) return null;
  // No or old stamp (installed by hand, or `npm install <pkg>` changed the lockfile): compare what npm
  // recorded as installed (its hidden lockfile) with what package-lock.json asks for.
  const mismatch = installedMismatch(root);
  if (mismatch) return mismatch;
  fs.writeFileSync(stampPath, hash);
  return null;
}

function installedMismatch(root) {
  const hiddenPath = path.join(root, 'node_modules/.package-lock.json');
  if (!fs.existsSync(hiddenPath)) return 'node_modules was not installed by npm';
  const wanted = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')).packages ?? {};
  const installed = JSON.parse(fs.readFileSync(hiddenPath, 'utf8')).packages ?? {};
  for (const [key, meta] of Object.entries(wanted)) {
    if (key === '' || !key.includes('node_modules/')) continue;
    const have = installed[key];
    // Optional packages for other platforms (e.g. darwin postgres binaries) are legitimately absent.
    if (!have && meta.optional) continue;
    if (!have || have.version !== meta.version) return `package-lock.json changed (${key.replace(/^.*node_modules\//, '')})`;
  }
  return null;
}

const SOURCE_DIRS = ['backend', 'frontend', 'libs'];
const SOURCE_FILES = ['package-lock.json', 'tsconfig.base.json'];
const SKIP = new Set(['node_modules', 'dist', '.angular', 'coverage', 'web-e2e', 'api-e2e']);
export const DIST = {
  api: 'dist/backend/api/main.js',
  cli: 'dist/backend/api/cli.js',
  worker: 'dist/backend/worker/main.js',
  web: 'dist/frontend/web/browser/index.html',
};

/** Builds api, worker and web when an output is missing or older than the newest source file. */
export function ensureBuilt(root, say) {
  const reason = buildOutOfDate(root);
  if (!reason) return false;
  say(`Building api, worker and web (${reason}); Nx's cache makes later builds quick…`);
  const nx = path.join(root, 'node_modules/.bin/nx');
  const run = spawnSync(nx, ['run-many', '-t', 'build', '-p', 'api', 'worker', 'web', '--parallel=2', '--outputStyle=static'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' },
  });
  if (run.status !== 0) throw new Error('the build failed; see the output above');
  const missing = Object.values(DIST).filter((f) => !fs.existsSync(path.join(root, f)));
  if (missing.length) throw new Error(`the build succeeded but did not produce ${missing.join(', ')}`);
  return true;
}

function buildOutOfDate(root) {
  let oldestOutput = Infinity;
  for (const file of Object.values(DIST)) {
    const abs = path.join(root, file);
    if (!fs.existsSync(abs)) return `${file} is missing`;
    oldestOutput = Math.min(oldestOutput, fs.statSync(abs).mtimeMs);
  }
  let newest = { mtime: 0, file: '' };
  for (const file of SOURCE_FILES) newest = newer(newest, path.join(root, file));
  for (const dir of SOURCE_DIRS) newest = newestIn(path.join(root, dir), newest);
  return newest.mtime > oldestOutput ? `${path.relative(root, newest.file)} changed since the last build` : null;
}

function newestIn(dir, best) {
  if (!fs.existsSync(dir)) return best;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const abs = path.join(dir, entry.name);
    best = entry.isDirectory() ? newestIn(abs, best) : newer(best, abs);
  }
  return best;
}

function newer(best, file) {
  if (!fs.existsSync(file)) return best;
  const mtime = fs.statSync(file).mtimeMs;
  return mtime > best.mtime ? { mtime, file } : best;
}
