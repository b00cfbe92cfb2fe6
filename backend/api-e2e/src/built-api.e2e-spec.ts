import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import request from 'supertest';
import { eventually, freePort, type RunningService, scratchDir, startService, stopChild } from './support/services';

const DIST = path.resolve(__dirname, '../../../dist/backend/api');

/**
 * The shipped bundles against a PostgreSQL and a Redis of this test's own, which it really stops and
 * starts again on the same port and data directory — the closest a test gets to "the database
 * restarted at 3 a.m.". The api must stay up, say what is down, and recover by itself.
 */
describe('built api (dist/backend/api) with dependencies that go away', () => {
  let dir: string;
  let pgPort: number;
  let redisPort: number;
  let postgres: RunningService;
  let redis: RunningService;
  let api: ChildProcess;
  let apiUrl: string;
  let env: NodeJS.ProcessEnv;
  let apiOutput = '';
  let webDist: string;

  const cli = (command: string) =>
    spawnSync(process.execPath, [path.join(DIST, 'cli.js'), command], { env, encoding: 'utf8', timeout: 60_000 });

  const health = () => request(apiUrl).get('/api/health');

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, 'main.js')) || !fs.existsSync(path.join(DIST, 'cli.js'))) {
      throw new Error(`${DIST}/main.js and cli.js are missing: run \`npx nx build api\` (nx test api-e2e does).`);
    }
    dir = scratchDir('balss-e2e-');
    [pgPort, redisPort] = [await freePort(), await freePort()];
    [postgres, redis] = await Promise.all([
      startService('postgres', path.join(dir, 'pg'), pgPort),
      startService('redis', path.join(dir, 'redis'), redisPort),
    ]);
    webDist = path.join(dir, 'web');
    fs.mkdirSync(webDist);
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Balss</title><balss-root></balss-root>');
    fs.writeFileSync(path.join(webDist, 'main-AB12CD34.js'), 'console.log("balss")');
    const port = await freePort();
    apiUrl = `http://127.0.0.1:${port}`;
    env = {
      PATH: process.env['PATH'],
      NODE_ENV: 'production',
      // Required in production (the key of the personal-code hashes); any 32+ characters here.
      PERSONAL_CODE_HMAC_SECRET: 'e2e-production-personal-code-hmac-key-0001',
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      WEB_DIST_PATH: webDist,
    };
  });

  afterAll(async () => {
    if (api) {
      await stopChild(api, 'SIGKILL');
    }
    await Promise.allSettled([postgres?.stop(), redis?.stop()]);
    if (dir) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('cli.js migrates, seeds, and a second seed changes nothing', () => {
    const migrate = cli('migrate');
    expect(migrate.stderr).toBe('');
    expect(migrate.status).toBe(0);
    expect(migrate.stdout).toMatch(/Applied migration CreateTenantSchema\d+/);
    expect(cli('migrate').stdout).toMatch(/up to date/);
    expect(cli('seed').stdout).toMatch(/municipality created; neighbourhoods 25 created/);
    const again = cli('seed');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/municipality unchanged; neighbourhoods 0 created, 0 updated, 25 unchanged/);
  });

  it('cli.js explains usage and bad configuration with distinct exit codes', () => {
    const usage = cli('frobnicate');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/Usage: .*cli\.js <command>/);
    const badConfig = spawnSync(process.execPath, [path.join(DIST, 'cli.js'), 'migrate'], {
      env: { ...env, REDIS_URL: 'http://not-redis' },
      encoding: 'utf8',
    });
    expect(badConfig.status).toBe(3);
    expect(badConfig.stderr).toMatch(/REDIS_URL must be a redis:\/\/ URL/);
  });

  it('main.js serves the seeded data and reports healthy', async () => {
    api = spawn(process.execPath, [path.join(DIST, 'main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    api.stdout?.on('data', (chunk: Buffer) => (apiOutput += chunk.toString()));
    api.stderr?.on('data', (chunk: Buffer) => (apiOutput += chunk.toString()));
    await eventually(async () => {
      expect((await health()).status).toBe(200);
    });
    const res = await request(apiUrl).get('/api/municipalities/daugavpils').expect(200);
    expect(res.body.neighbourhoods).toHaveLength(25);
  });

  it('serves the web app from the same origin: deep links get index.html, /api stays JSON', async () => {
    const page = await request(apiUrl).get('/ru/apkaimes/kimija').expect(200);
    expect(page.text).toContain('<balss-root>');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    const bundle = await request(apiUrl).get('/main-AB12CD34.js').expect(200);
    expect(bundle.headers['cache-control']).toContain('immutable');
    const missing = await request(apiUrl).get('/api/no-such-thing').expect(404);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('says 503 naming redis while Redis is stopped, stays up, and recovers when it returns', async () => {
    await redis.stop();
    await eventually(async () => {
      const res = await health();
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({
        status: 'error',
        code: 'SERVICE_UNAVAILABLE',
        details: { down: ['redis'] },
        error: { redis: { status: 'down' } },
        info: { database: { status: 'up' } },
      });
    });
    // The data endpoints do not need Redis and keep working.
    await request(apiUrl).get('/api/municipalities').expect(200);
    expect(api.exitCode).toBeNull();

    redis = await startService('redis', path.join(dir, 'redis'), redisPort);
    await eventually(async () => {
      expect((await health()).body).toMatchObject({ status: 'ok', info: { redis: { status: 'up' } } });
    });
  });

  it('says 503 naming the database while PostgreSQL is stopped, stays up, and recovers', async () => {
    await postgres.stop();
    await eventually(async () => {
      const res = await health();
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ details: { down: ['database'] }, error: { database: { status: 'down' } } });
    });
    // A data request fails fast with the stable 503 body: an outage, not a bug, and no stack trace.
    const failed = await request(apiUrl).get('/api/municipalities/daugavpils').expect(503);
    expect(failed.body).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message: 'A service this request needs is not answering. Try again in a moment.',
      requestId: failed.headers['x-request-id'],
    });
    expect(api.exitCode).toBeNull();

    postgres = await startService('postgres', path.join(dir, 'pg'), pgPort);
    await eventually(async () => {
      expect((await health()).status).toBe(200);
    });
    await request(apiUrl).get('/api/municipalities/daugavpils').expect(200);
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const started = Date.now();
    const exit = await stopChild(api, 'SIGTERM');
    expect(Date.now() - started).toBeLessThan(10_000);
    // Nest closes everything, then re-raises the signal so the parent sees the usual SIGTERM exit.
    expect(exit.signal === 'SIGTERM' || exit.code === 0).toBe(true);
    expect(apiOutput).toMatch(/Shut down cleanly after SIGTERM/);
    expect(apiOutput).not.toMatch(/"level":60/);
  });
});
