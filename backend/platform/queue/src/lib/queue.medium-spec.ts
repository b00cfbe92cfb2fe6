/**
 * The queue platform against real Redis (TEST_REDIS_URL): the idempotency record, the dashboard,
 * and the api surviving a Redis outage — the last one with a private redis-server this test stops
 * and starts (the redis-server binary must be on PATH, as `npm test` ensures).
 */
import { API_PREFIX, ApiRoutes, JobName, QueueName } from '@balss/contracts';
import { AppConfig, loadConfig } from '@balss/platform/config';
import { Global, Module, type DynamicModule, type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { Redis } from 'ioredis';
import request from 'supertest';
import { QueueDashboardModule } from './dashboard/queue-dashboard.module';
import { IdempotencyStore } from './idempotency-store';
import { JobProducer, QueueUnavailableError } from './job-producer';
import { QueueModule, WorkerQueueModule } from './queue.module';

/** Redis databases of this suite, so it never shares keys with another suite on the same server. */
const DB_STORE = 13;
const DB_DASHBOARD = 14;

function testRedisUrl(db: number): string {
  const base = process.env['TEST_REDIS_URL'];
  if (!base) {
    throw new Error('TEST_REDIS_URL is not set: medium tests need a real Redis (run `node tools/infra/services.mjs`)');
  }
  const url = new URL(base);
  url.pathname = `/${db}`;
  return url.toString();
}

@Global()
@Module({})
class TestConfigModule {
  static with(env: Record<string, string>): DynamicModule {
    const config = loadConfig({ DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused', ...env });
    return { exports: [AppConfig], module: TestConfigModule, providers: [{ provide: AppConfig, useValue: config }] };
  }
}

const context = (imports: DynamicModule['imports']) =>
  NestFactory.createApplicationContext({ imports, module: class QueueTestModule {} }, { logger: false });

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a private redis-server; it is registered in `servers` before it is up, so afterAll always stops it. */
async function startRedisServer(port: number, servers: ChildProcess[]): Promise<void> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  servers.push(child);
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (error) => reject(new Error(`cannot start redis-server (is it installed?): ${error.message}`))),
  );
  const listening = (async () => {
    for (let i = 0; i < 100; i++) {
      const up = await new Promise<boolean>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      });
      if (up) {
        return;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server did not listen on ${port}`);
  })();
  await Promise.race([listening, spawnError]);
}

const stopRedisServers = (servers: ChildProcess[]) =>
  Promise.all(
    servers.splice(0).map(
      (child) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve()).kill('SIGTERM'))),
    ),
  );

const mail = { idempotencyKey: 'k', locale: 'lv' as const, subject: 'S', text: 'T', to: 'a@example.lv' };

describe('IdempotencyStore (real Redis)', () => {
  let ctx: INestApplicationContext;
  let store: IdempotencyStore;
  const key = `key-${Date.now()}`;

  beforeAll(async () => {
    const redis = new Redis(testRedisUrl(DB_STORE));
    await redis.flushdb();
    await redis.quit();
    ctx = await context([TestConfigModule.with({ REDIS_URL: testRedisUrl(DB_STORE) }), WorkerQueueModule]);
    store = ctx.get(IdempotencyStore);
  });
  afterAll(() => ctx?.close());

  it('lets one attempt claim a key, keeps others out, and remembers it once done', async () => {
    const claim = await store.claim('test', key, 10_000);
    expect(claim.outcome).toBe('claimed');
    expect(await store.claim('test', key, 10_000)).toEqual({ outcome: 'busy' });
    await store.markDone('test', key, 60);
    expect(await store.claim('test', key, 10_000)).toEqual({ outcome: 'done' });
  });

  it('releases a claim only for its holder', async () => {
    const claim = await store.claim('test', `${key}-release`, 10_000);
    if (claim.outcome !== 'claimed') {
      throw new Error('expected a claim');
    }
    await store.release('test', `${key}-release`, 'someone-else');
    expect((await store.claim('test', `${key}-release`, 10_000)).outcome).toBe('busy');
    await store.release('test', `${key}-release`, claim.token);
    expect((await store.claim('test', `${key}-release`, 10_000)).outcome).toBe('claimed');
  });

  it('frees a key whose holder vanished once the lease runs out', async () => {
    await store.claim('test', `${key}-lease`, 100);
    await new Promise((r) => setTimeout(r, 200));
    expect((await store.claim('test', `${key}-lease`, 100)).outcome).toBe('claimed');
  });
});

describe('the api while Redis is down', () => {
  let ctx: INestApplicationContext;
  const servers: ChildProcess[] = [];
  let port: number;

  beforeAll(async () => {
    port = await freePort();
  });
  afterAll(async () => {
    await ctx?.close();
    await stopRedisServers(servers);
  });

  it('boots without Redis, refuses jobs quickly, and recovers when Redis returns', async () => {
    const bootStart = Date.now();
    ctx = await context([TestConfigModule.with({ REDIS_URL: `redis://127.0.0.1:${port}` }), QueueModule]);
    expect(Date.now() - bootStart).toBeLessThan(5_000);
    const jobs = ctx.get(JobProducer);

    const refusedAt = Date.now();
    await expect(jobs.add(JobName.SendMail, mail)).rejects.toBeInstanceOf(QueueUnavailableError);
    expect(Date.now() - refusedAt).toBeLessThan(5_000);

    await startRedisServer(port, servers);
    await expect(eventually(() => jobs.add(JobName.SendMail, mail))).resolves.toMatchObject({ jobId: expect.any(String) });

    await stopRedisServers(servers);
    await expect(jobs.add(JobName.SendMail, mail)).rejects.toBeInstanceOf(QueueUnavailableError);

    await startRedisServer(port, servers);
    await expect(eventually(() => jobs.add(JobName.SendMail, mail))).resolves.toMatchObject({ jobId: expect.any(String) });
  });
});

/** Retries `fn` until it resolves (ioredis reconnects at most every 5 s). */
async function eventually<T>(fn: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (Date.now() > deadline) {
        throw error;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

describe('queue dashboard (real Redis)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [TestConfigModule.with({ REDIS_URL: testRedisUrl(DB_DASHBOARD) }), QueueDashboardModule],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    // Stands in for the api's authenticating middleware: `x-test-admin` signs in a platform administrator.
    app.use((req: { headers: Record<string, string>; user?: unknown }, _res: unknown, next: () => void) => {
      req.user = req.headers['x-test-admin'] ? { permissions: new Set(['queues:dashboard']) } : null;
      next();
    });
    app.setGlobalPrefix(API_PREFIX);
    await app.init();
  });
  afterAll(() => app?.close());

  it('lists every queue of the catalogue for the administrator', async () => {
    const res = await request(app.getHttpServer()).get(`${ApiRoutes.queues}/api/queues`).set('x-test-admin', '1');
    expect(res.status).toBe(200);
    const names = (res.body as { queues: { name: string }[] }).queues.map((q) => q.name);
    expect(names.sort()).toEqual(Object.values(QueueName).sort());
  });

  it('keeps the dashboard API behind the same access check', async () => {
    expect((await request(app.getHttpServer()).get(`${ApiRoutes.queues}/api/queues`)).status).toBe(401);
  });
});
