// `npm test`: every check of the repository on real services, ending with one line `N passed, N failed`.
//
//   node tools/test/test.mjs [--only lint,typecheck,unit,medium,e2e,browser] [-p <project|glob|tag:…>[,…]]
//
// Provisions its own PostgreSQL (embedded, temp dir, free port), Redis (free port) and SMTP capture — never
// the `npm start` data in .data/ — runs the stages in order, continues after failures, and stops everything
// it started at the end or on Ctrl-C. Counts: Jest tests one by one; lint and typecheck one check per project.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from '../start/prepare.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STAGES = ['lint', 'typecheck', 'unit', 'medium', 'e2e', 'browser'];
const TITLES = {
  lint: 'Lint (ESLint, module boundaries)',
  typecheck: 'Type checks (tsc --noEmit per tsconfig)',
  unit: 'Unit tests',
  medium: 'Medium tests (real PostgreSQL and Redis)',
  e2e: 'API end-to-end tests',
  browser: 'Browser tests (Chromium, axe-core)',
};
const tty = process.stdout.isTTY;
const paint = (code, s) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s);
const say = (msg) => console.log(paint('1', `▸ ${msg}`));

function parseArgs(argv) {
  const opts = { only: STAGES, filter: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => inline ?? argv[++i];
    if (flag === '--only') opts.only = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (flag === '-p' || flag === '--projects') opts.filter = value();
    else if (flag === '-h' || flag === '--help') {
      console.log(`usage: npm test -- [--only ${STAGES.join(',')}] [-p <projects>]`);
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]} (try --help)`);
  }
  const unknown = opts.only.filter((s) => !STAGES.includes(s));
  if (unknown.length) throw new Error(`unknown stage ${unknown.join(', ')}; stages are ${STAGES.join(', ')}`);
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const t0 = Date.now();
ensureDependencies(ROOT, say); // CI starts from a fresh clone without node_modules
const { freePort } = await import('../infra/ports.mjs');
const { runMany, projectsWithTarget, stopCurrent } = await import('./nx.mjs');
const { collectJest, jestArgs } = await import('./jest-results.mjs');
const { browserStage } = await import('./browser-stage.mjs');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'balss-test-'));
fs.chmodSync(tmp, 0o755); // as root, PostgreSQL runs as "postgres" and must be able to enter it
const infra = {};
const services = []; // extra processes (api/worker of the browser stage), stopped before the infra
const results = [];
let interrupted = false;

async function cleanup() {
  stopCurrent();
  for (const svc of services.splice(0).reverse()) await svc.stop(10_000).catch(() => {});
  for (const name of ['redis', 'pg', 'mail']) {
    await infra[name]?.stop().catch((e) => console.error(`could not stop ${name}: ${e.message}`));
    delete infra[name];
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

let firstSignalAt = 0;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    // A second Ctrl-C (not the same keypress relayed by npm) stops waiting; exit hooks kill what is left.
    if (interrupted && Date.now() - firstSignalAt > 1_000) process.exit(130);
    if (interrupted) return;
    interrupted = true;
    firstSignalAt = Date.now();
    console.error(`\n${sig}: stopping the test run and everything it started…`);
    await cleanup();
    process.exit(130);
  });
}

async function ensureInfra() {
  if (!infra.pg) {
    const { startEmbeddedPostgres } = await import('../infra/postgres.mjs');
    say('Starting a throw-away PostgreSQL for the tests');
    infra.pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), port: await freePort(), fast: true, log: () => {} });
  }
  if (!infra.redis) {
    const { startRedis } = await import('../infra/redis.mjs');
    infra.redis = await startRedis({ dir: path.join(tmp, 'redis'), port: await freePort(), log: say });
  }
  if (!infra.mail) {
    const { startSmtpCapture } = await import('../infra/smtp.mjs');
    infra.mail = await startSmtpCapture({ port: 0, httpPort: 0, dir: path.join(tmp, 'mail') });
  }
  return {
    TEST_DATABASE_URL: infra.pg.adminUrl,
    TEST_REDIS_URL: infra.redis.url,
    TEST_SMTP_URL: infra.mail.smtpUrl,
    TEST_MAIL_URL: infra.mail.httpUrl,
  };
}

/** lint / typecheck: one check per project; failed projects from Nx's summary. */
async function perProjectStage(target) {
  const projects = projectsWithTarget(ROOT, target, opts.filter);
  if (!projects.length) return { passed: 0, failed: 0, failures: [], note: `no project has a ${target} target` };
  const run = await runMany(ROOT, { target, projects, timeoutMs: 30 * 60_000 });
  // Nx failing without naming a task (broken graph, crash) fails every project of the stage.
  const failed = run.code !== 0 && run.failed.size === 0 ? new Set(projects) : run.failed;
  return { passed: projects.length - failed.size, failed: failed.size, failures: [...failed].map((p) => `${p}:${target}`) };
}

/** Jest stages: counts come from the reporter; Nx cache is skipped so every test really runs and reports. */
async function jestStage({ target, projects, parallel, env = {}, timeoutMinutes }) {
  if (!projects.length) return { passed: 0, failed: 0, failures: [], note: `no project has a ${target} target` };
  const resultsDir = path.join(tmp, `jest-${target}-${results.length}`);
  const run = await runMany(ROOT, {
    target,
    projects,
    parallel,
    extraArgs: ['--skip-nx-cache'],
    passThrough: jestArgs(),
    env: { ...env, BALSS_TEST_RESULTS_DIR: resultsDir },
    timeoutMs: timeoutMinutes * 60_000,
  });
  const failedTasks = run.code !== 0 && run.failed.size === 0 ? new Set(projects) : run.failed;
  return collectJest(resultsDir, { failedTasks });
}

const isE2e = (name) => /-e2e$/.test(name);
const STAGE_RUNNERS = {
  lint: () => perProjectStage('lint'),
  typecheck: () => perProjectStage('typecheck'),
  unit: () => jestStage({ target: 'test', projects: projectsWithTarget(ROOT, 'test', opts.filter).filter((p) => !isE2e(p)), parallel: 2, timeoutMinutes: 30 }),
  medium: async () => {
    const projects = projectsWithTarget(ROOT, 'test-medium', opts.filter);
    if (!projects.length) return jestStage({ target: 'test-medium', projects });
    // One project at a time: each creates its own databases, but two Nest apps + Postgres on 2 cores thrash.
    return jestStage({ target: 'test-medium', projects, parallel: 1, env: await ensureInfra(), timeoutMinutes: 20 });
  },
  e2e: async () => {
    const selected = projectsWithTarget(ROOT, null, opts.filter).includes('api-e2e');
    if (!selected) return skipped('api-e2e');
    if (!projectsWithTarget(ROOT, 'test').includes('api-e2e')) return missing('api-e2e');
    return jestStage({ target: 'test', projects: ['api-e2e'], parallel: 1, env: await ensureInfra(), timeoutMinutes: 15 });
  },
  browser: async () => {
    const selected = projectsWithTarget(ROOT, null, opts.filter).includes('web-e2e');
    if (!selected) return skipped('web-e2e');
    if (!projectsWithTarget(ROOT, 'test').includes('web-e2e')) return missing('web-e2e');
    await ensureInfra();
    return browserStage({ root: ROOT, tmp, infra, say, track: (svc) => services.push(svc) });
  },
};
const skipped = (project) => ({ passed: 0, failed: 0, failures: [], note: `${project} not selected by -p` });
const missing = (project) => ({ passed: 0, failed: 1, failures: [`project ${project} (target test) does not exist`] });

const stages = STAGES.filter((s) => opts.only.includes(s));
for (const [i, stage] of stages.entries()) {
  if (interrupted) break;
  console.log(`\n${paint('1;36', `━━ ${i + 1}/${stages.length} ${TITLES[stage]} ━━`)}\n`);
  const start = Date.now();
  let res;
  try {
    res = await STAGE_RUNNERS[stage]();
  } catch (error) {
    res = { passed: 0, failed: 1, failures: [`${stage}: ${error.message}`] };
    console.error(error);
  }
  results.push({ stage, ...res, seconds: (Date.now() - start) / 1000 });
}
if (interrupted) await new Promise(() => {}); // the signal handler exits

await cleanup();
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\n${paint('1', 'Summary')}  (${Math.round((Date.now() - t0) / 1000)} s)`);
for (const r of results) {
  const mark = r.failed ? paint('31', '✖') : paint('32', '✔');
  console.log(`  ${mark} ${r.stage.padEnd(10)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed  ${Math.round(r.seconds)} s${r.note ? `  (${r.note})` : ''}`);
  for (const f of r.failures.slice(0, 30)) console.log(`      - ${f}`);
  if (r.failures.length > 30) console.log(`      … and ${r.failures.length - 30} more`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
