/**
 * The mail job end to end, as in production: MailProducer queues in one Nest context (the api),
 * the processor delivers from another (the worker), through real Redis (TEST_REDIS_URL) to a real
 * SMTP capture server (tools/infra/smtp.mjs, started here as its own process).
 */
import { JobName, QueueName, type JobStatus, type SendMailPayload } from '@balss/contracts';
import { AppConfig, loadConfig } from '@balss/platform/config';
import { QueueModule, WorkerQueueModule } from '@balss/platform/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Global, Logger, Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { QueueEvents, type Queue } from 'bullmq';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { Redis } from 'ioredis';
import { mailJobId } from './mail/mail-identity';
import { MailProducer } from './mail/mail.producer';
import { NotificationsModule, NotificationsWorkerModule } from './notifications.module';

const WORKSPACE = path.resolve(__dirname, '../../../../..');
const SMTP_CAPTURE = path.join(WORKSPACE, 'tools/infra/smtp.mjs');
/** Redis databases of this suite, so it never shares queues with another suite on the same server. */
const DB_DELIVERY = 11;
const DB_SMTP_DOWN = 12;

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
  static with(env: { REDIS_URL: string; SMTP_URL: string }): DynamicModule {
    const config = loadConfig({
      ...env,
      DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
      MAIL_FROM: 'Balss <no-reply@balss.test>',
    });
    return { exports: [AppConfig], module: TestConfigModule, providers: [{ provide: AppConfig, useValue: config }] };
  }
}

const api = (env: { REDIS_URL: string; SMTP_URL: string }) =>
  NestFactory.createApplicationContext(
    { imports: [TestConfigModule.with(env), QueueModule, NotificationsModule], module: class ApiTestModule {} },
    { logger: ['error'] },
  );
const worker = (env: { REDIS_URL: string; SMTP_URL: string }) =>
  NestFactory.createApplicationContext(
    {
      imports: [TestConfigModule.with(env), WorkerQueueModule, NotificationsWorkerModule],
      module: class WorkerTestModule {},
    },
    { logger: ['error'] },
  );

interface Capture {
  smtpUrl: string;
  httpUrl: string;
  process: ChildProcess;
}

async function startCapture(): Promise<Capture> {
  const child = spawn(process.execPath, [SMTP_CAPTURE, '--port', '0', '--http-port', '0'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        resolve(out.split('\n')[0]);
      }
    });
    child.once('exit', (code) => reject(new Error(`smtp.mjs exited with ${code} before it was ready`)));
  });
  return { ...(JSON.parse(firstLine) as { smtpUrl: string; httpUrl: string }), process: child };
}

interface CapturedMail {
  envelope: { rcptTo: string[] };
  subject: string;
  text: string;
  html: string | null;
  messageId: string;
  links: string[];
  headers: Record<string, string>;
}

async function mailsTo(capture: Capture, to: string, waitMs = 0): Promise<CapturedMail[]> {
  const res = await fetch(`${capture.httpUrl}/messages?to=${encodeURIComponent(to)}&wait=${waitMs}`);
  return (await res.json()) as CapturedMail[];
}

async function settled(queue: Queue, jobId: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // State first, then the job: read the other way round, a job finishing in between would show
    // as completed with the data it had while still active (no return value yet).
    const state = await queue.getJobState(jobId);
    if (state === 'completed' || state === 'failed') {
      const job = await queue.getJob(jobId);
      if (!job) {
        throw new Error(`job ${jobId} vanished`);
      }
      return {
        attemptsMade: job.attemptsMade,
        failedReason: job.failedReason,
        returnvalue: job.returnvalue as JobStatus,
        state,
      };
    }
    if (Date.now() > deadline) {
      throw new Error(`job ${jobId} still ${state} after ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Delivered mail jobs are removed the moment they complete (removeOnComplete), so their outcome is
 * read from the queue's event stream, from its start: every completion and how often each job was
 * taken (`active`), in order.
 */
class MailOutcomes {
  private readonly completions = new Map<string, string[]>();
  private readonly takes = new Map<string, number>();
  private readonly events: QueueEvents;

  constructor(redisUrl: string) {
    this.events = new QueueEvents(QueueName.Mail, { connection: { url: redisUrl }, lastEventId: '0-0' });
    this.events.on('completed', ({ jobId, returnvalue }) => {
      this.completions.set(jobId, [...(this.completions.get(jobId) ?? []), String(returnvalue)]);
    });
    this.events.on('active', ({ jobId }) => this.takes.set(jobId, (this.takes.get(jobId) ?? 0) + 1));
  }

  /** The return value of the job's `nth` completion, once it has happened. */
  async completed(jobId: string, nth = 1, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while ((this.completions.get(jobId)?.length ?? 0) < nth) {
      if (Date.now() > deadline) {
        throw new Error(`job ${jobId} did not complete ${nth} time(s) within ${timeoutMs} ms`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.completions.get(jobId)?.[nth - 1] ?? '';
  }

  timesTaken(jobId: string): number {
    return this.takes.get(jobId) ?? 0;
  }

  close(): Promise<void> {
    return this.events.close();
  }
}

/** Every value stored in the Redis database, as text: to prove a link is nowhere in it. */
async function everythingIn(redis: Redis): Promise<string> {
  const parts: string[] = [];
  for (const key of await redis.keys('*')) {
    const type = await redis.type(key);
    const value =
      type === 'string'
        ? await redis.get(key)
        : type === 'hash'
          ? await redis.hgetall(key)
          : type === 'list'
            ? await redis.lrange(key, 0, -1)
            : type === 'set'
              ? await redis.smembers(key)
              : type === 'zset'
                ? await redis.zrange(key, 0, -1)
                : type === 'stream'
                  ? await redis.xrange(key, '-', '+')
                  : `(${type})`;
    parts.push(key, JSON.stringify(value));
  }
  return parts.join('\n');
}

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const unique = `${Date.now()}-${process.pid}`;
const mail = (n: string, overrides: Partial<SendMailPayload> = {}): SendMailPayload => ({
  html: '<p>Lūdzu, apstipriniet savu e-pasta adresi.</p>',
  idempotencyKey: `verify-email:${unique}:${n}`,
  locale: 'lv',
  subject: 'Apstipriniet e-pastu — Balss',
  text: `Labdien!\nLūdzu, apstipriniet savu e-pasta adresi: https://balss.test/verify?token=${n}\nПодтвердите адрес.`,
  to: `person-${n}-${unique}@example.lv`,
  ...overrides,
});

describe('mail job (real Redis, real SMTP)', () => {
  let capture: Capture;
  let apiCtx: INestApplicationContext;
  let workerCtx: INestApplicationContext;
  let queue: Queue;
  let redis: Redis;
  let outcomes: MailOutcomes;

  beforeAll(async () => {
    redis = new Redis(testRedisUrl(DB_DELIVERY));
    await redis.flushdb();
    capture = await startCapture();
    const env = { REDIS_URL: testRedisUrl(DB_DELIVERY), SMTP_URL: capture.smtpUrl };
    outcomes = new MailOutcomes(env.REDIS_URL);
    apiCtx = await api(env);
    workerCtx = await worker(env);
    queue = apiCtx.get<Queue>(getQueueToken(QueueName.Mail));
  });

  afterAll(async () => {
    await outcomes?.close();
    await workerCtx?.close();
    await apiCtx?.close();
    await redis?.quit();
    capture?.process.kill('SIGTERM');
  });

  it('delivers a queued mail to the SMTP server with its recipient, subject and body', async () => {
    const payload = mail('deliver');
    const { jobId } = await apiCtx.get(MailProducer).send(payload);

    expect(await outcomes.completed(jobId)).toBe('done');
    const [received, ...others] = await mailsTo(capture, payload.to, 5_000);
    expect(others).toHaveLength(0);
    expect(received.envelope.rcptTo).toEqual([payload.to]);
    expect(received.subject).toBe(payload.subject);
    expect(received.text).toBe(payload.text);
    expect(received.html).toBe(payload.html);
    expect(received.links).toEqual(['https://balss.test/verify?token=deliver']);
    expect(received.headers['content-language']).toBe('lv');
    expect(received.headers['from']).toBe('Balss <no-reply@balss.test>');
  });

  it('removes a delivered mail job from Redis at once, so its link and address linger nowhere', async () => {
    const payload = mail('linger');
    const { jobId } = await apiCtx.get(MailProducer).send(payload);
    // While queued, the link is in Redis: the search below can find it.
    expect(await everythingIn(redis)).toContain('token=linger');

    expect(await outcomes.completed(jobId)).toBe('done');
    expect(await queue.getJob(jobId)).toBeUndefined();
    const stored = await everythingIn(redis);
    expect(stored).not.toContain('token=linger');
    expect(stored).not.toContain(payload.to);
    // The delivered-key record that prevents a re-send stays.
    expect(await redis.exists(`balss:idempotency:mail:${payload.idempotencyKey}`)).toBe(1);
  });

  it('queues the same idempotency key once, and never re-sends it even as a new job', async () => {
    const payload = mail('twice');
    const producer = apiCtx.get(MailProducer);
    const [first, second] = await Promise.all([producer.send(payload), producer.send(payload)]);
    expect(second.jobId).toBe(first.jobId);
    expect(await outcomes.completed(first.jobId)).toBe('done');
    expect(outcomes.timesTaken(first.jobId)).toBe(1);

    // The finished job is gone from the queue (removed on completion), and the mail is asked for
    // again: BullMQ takes the job, the worker's delivered-key record skips it.
    expect(await queue.getJob(first.jobId)).toBeUndefined();
    const replay = await producer.send(payload);
    expect(replay.jobId).toBe(first.jobId);
    expect(await outcomes.completed(replay.jobId, 2)).toBe('skipped');

    await mailsTo(capture, payload.to, 5_000);
    await new Promise((r) => setTimeout(r, 300)); // room for a duplicate to show up, if there were one
    expect(await mailsTo(capture, payload.to)).toHaveLength(1);
  });

  it('stops leaving nothing running: the capture server exits on stop', () => {
    const script = `import { startSmtpCapture } from ${JSON.stringify(SMTP_CAPTURE)};
      const c = await startSmtpCapture({ port: 0 });
      await fetch(c.httpUrl + '/messages');
      await c.stop();`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { timeout: 10_000 });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
  });
});

describe('mail job when the SMTP server is down', () => {
  let apiCtx: INestApplicationContext;
  let workerCtx: INestApplicationContext;
  let redis: Redis;
  let smtpPort: number;

  beforeAll(async () => {
    redis = new Redis(testRedisUrl(DB_SMTP_DOWN));
    await redis.flushdb();
    smtpPort = await closedPort();
    const env = { REDIS_URL: testRedisUrl(DB_SMTP_DOWN), SMTP_URL: `smtp://127.0.0.1:${smtpPort}` };
    apiCtx = await api(env);
    workerCtx = await worker(env);
  });

  afterAll(async () => {
    await workerCtx?.close();
    await apiCtx?.close();
    await redis?.quit();
  });

  it('retries, then fails the job with a clear reason, and the worker keeps running', async () => {
    Logger.overrideLogger(false); // the worker logs each failed attempt; expected here
    const queue = apiCtx.get<Queue>(getQueueToken(QueueName.Mail));
    const payload = mail('smtp-down');
    const jobId = mailJobId(payload.idempotencyKey);
    // Two quick attempts instead of the production five with exponential backoff.
    await queue.add(JobName.SendMail, payload, { attempts: 2, backoff: { delay: 100, type: 'fixed' }, jobId });

    const outcome = await settled(queue, jobId);
    expect(outcome.state).toBe('failed');
    expect(outcome.attemptsMade).toBe(2);
    expect(outcome.failedReason).toBe(
      `SMTP server 127.0.0.1:${smtpPort} unreachable (ESOCKET): connect ECONNREFUSED 127.0.0.1:${smtpPort}`,
    );
    // Kept for the dashboard, but a day at most: it holds the link too.
    expect((await queue.getJob(jobId))?.opts.removeOnFail).toEqual({ age: 24 * 3600, count: 1_000 });
    // Not marked delivered: once SMTP is back, asking again sends it.
    expect(await redis.exists(`balss:idempotency:mail:${payload.idempotencyKey}`)).toBe(0);
    // The worker is still there and takes the next job.
    const next = mail('after-failure');
    await queue.add(JobName.SendMail, next, { attempts: 1, jobId: mailJobId(next.idempotencyKey) });
    expect(await settled(queue, mailJobId(next.idempotencyKey))).toMatchObject({ attemptsMade: 1, state: 'failed' });
  });
});
