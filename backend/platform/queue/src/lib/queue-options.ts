import { QueueName } from '@balss/contracts';
import type { DefaultJobOptions, QueueOptions } from 'bullmq';

/**
 * Job defaults for every queue of the catalogue. Five attempts with exponential backoff
 * (2 s, 4 s, 8 s, 16 s) ride out a short SMTP or network hiccup without hammering it. Finished jobs
 * are kept for a bounded time so the dashboard shows recent history and Redis memory stays flat:
 * completed jobs a day (at most 1000 per queue), failed jobs two weeks (at most 5000) so an
 * operator can read the failure reason after a weekend.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 1_000 },
  removeOnFail: { age: 14 * 24 * 3600, count: 5_000 },
};

/**
 * Mail jobs carry live links (password reset, e-mail verification, adult invitations) and
 * addresses, so a delivered one is removed at once: the worker's idempotency record, not the job,
 * prevents a re-send. A failed one is kept a day, enough to see it on the dashboard; the worker's
 * log keeps the reason (without the payload) for longer.
 */
export const MAIL_JOB_OPTIONS: DefaultJobOptions = {
  ...DEFAULT_JOB_OPTIONS,
  removeOnComplete: true,
  removeOnFail: { age: 24 * 3600, count: 1_000 },
};

/**
 * The job defaults of one queue. @nestjs/bullmq merges a queue's options over the root's shallowly,
 * so each queue gets a whole DefaultJobOptions, never a fragment.
 */
export function jobOptionsOf(queue: QueueName): DefaultJobOptions {
  // Account-mail jobs hold addresses too.
  return queue === QueueName.Mail || queue === QueueName.Account ? MAIL_JOB_OPTIONS : DEFAULT_JOB_OPTIONS;
}

/**
 * Reconnect after 0.5 s, 1 s, 1.5 s … at most every 5 s, for ever. BullMQ's own default grows to
 * 20 s, which would leave the api refusing jobs for up to 20 s after Redis is back.
 */
export function reconnectDelay(attempt: number): number {
  return Math.min(attempt * 500, 5_000);
}

/** Which process a connection serves; the two need opposite behaviour while Redis is down. */
export type QueueRole = 'producer' | 'worker';

/**
 * BullMQ root options for one process role.
 *
 * - `producer` (the api): a Redis outage must turn `add` into a quick error (the caller answers 503)
 *   instead of a request that hangs or a process that dies. `maxRetriesPerRequest: 1` rejects a
 *   command after one failed reconnect (about a second); `skipWaitingForReady` and
 *   `skipVersionCheck` keep BullMQ from parking every call behind a connection that may never come
 *   up at boot (its version check would otherwise fail once and poison the queue until restart).
 *   ioredis keeps reconnecting in the background, so the api recovers by itself.
 * - `worker`: BullMQ requires `maxRetriesPerRequest: null` for workers, so their blocking fetch
 *   waits out an outage and resumes; the worker has no caller to answer.
 */
export function queueRootOptions(redisUrl: string, role: QueueRole): QueueOptions {
  const shared = { connectTimeout: 5_000, retryStrategy: reconnectDelay, url: redisUrl };
  if (role === 'worker') {
    return { connection: { ...shared, maxRetriesPerRequest: null }, defaultJobOptions: DEFAULT_JOB_OPTIONS };
  }
  return {
    connection: { ...shared, maxRetriesPerRequest: 1 },
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
    skipVersionCheck: true,
    skipWaitingForReady: true,
  };
}
