import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { JobQueue, QueueName, type JobName, type JobPayloads } from '@balss/contracts';
import type { JobsOptions, Queue } from 'bullmq';

/** Every queue of the catalogue, keyed by name; filled from the BullMQ queue providers. */
export const CATALOGUE_QUEUES = Symbol('CATALOGUE_QUEUES');
export type CatalogueQueues = ReadonlyMap<QueueName, Queue>;

export const catalogueQueuesProvider = {
  provide: CATALOGUE_QUEUES,
  useFactory: (...queues: Queue[]): CatalogueQueues => new Map(queues.map((q) => [q.name as QueueName, q])),
  inject: Object.values(QueueName).map((name) => getQueueToken(name)),
};

/**
 * Redis did not take the job (down, unreachable, or too slow). The api maps this to 503
 * SERVICE_UNAVAILABLE; nothing was queued, so the caller may retry with the same idempotency key.
 */
export class QueueUnavailableError extends Error {
  readonly code = 'SERVICE_UNAVAILABLE';
  constructor(
    readonly queue: QueueName,
    readonly job: JobName,
    options: { cause: unknown },
  ) {
    super(`The job queue "${queue}" is unavailable; job "${job}" was not queued`, options);
    this.name = 'QueueUnavailableError';
  }
}

/** Per-job options a producer may set; the queue and retry policy come from the catalogue. */
export type AddJobOptions = Pick<JobsOptions, 'delay' | 'jobId' | 'priority'>;

/**
 * The one way to enqueue a job. The name picks the queue from the catalogue (`JobQueue`) and the
 * payload type from `JobPayloads`, so a job can never land on the wrong queue or carry another
 * job's payload. Domain producers (e.g. MailProducer) wrap this with their own vocabulary.
 */
@Injectable()
export class JobProducer {
  constructor(@Inject(CATALOGUE_QUEUES) private readonly queues: CatalogueQueues) {}

  async add<N extends JobName>(name: N, payload: JobPayloads[N], options: AddJobOptions = {}): Promise<{ jobId: string }> {
    const queueName = JobQueue[name];
    const queue = this.queues.get(queueName);
    if (!queue) {
      // Only reachable if the catalogue gained a queue that QueueModule does not register.
      throw new Error(`Queue "${queueName}" of job "${name}" is not registered`);
    }
    try {
      const job = await queue.add(name, payload, options);
      return { jobId: String(job.id) };
    } catch (cause) {
      throw isRedisUnavailable(cause) ? new QueueUnavailableError(queueName, name, { cause }) : cause;
    }
  }
}

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE']);

/**
 * True for the errors ioredis raises while Redis is out of reach. Anything else (a bad job id, a
 * Lua error) is a bug and must surface as itself rather than as a retryable 503.
 */
export function isRedisUnavailable(error: unknown): boolean {
  // Duck-typed, not `instanceof Error`: errors raised by Node's net module may come from another realm.
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
  return (
    name === 'MaxRetriesPerRequestError' ||
    (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) ||
    (typeof message === 'string' && /Connection is closed|Stream isn't writeable|connect ETIMEDOUT|ECONNREFUSED/.test(message))
  );
}
