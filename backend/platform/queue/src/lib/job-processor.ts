import { WorkerHost } from '@nestjs/bullmq';
import type { BeforeApplicationShutdown } from '@nestjs/common';
import type { JobName, JobPayloads, JobStatus } from '@balss/contracts';
import type { Job } from 'bullmq';
import { redisClientOf } from './connection-errors';

/** A BullMQ job whose name and payload come from the catalogue. */
export type CatalogueJob<N extends JobName> = Job<JobPayloads[N], JobStatus, N>;

/**
 * Base class of every processor. `@nestjs/bullmq` closes workers in `onApplicationShutdown`, the same
 * phase in which Redis clients and SMTP transports close; closing the worker one phase earlier lets an
 * active job finish (and record that it finished) while its connections are still open.
 *
 * With Redis down, a graceful close would wait for Redis to return (its QUIT is queued), and no job
 * could record its end anyway: the worker is then closed by force, and BullMQ hands its active jobs
 * to another worker as stalled once Redis is back (handlers are idempotent, so that is safe).
 */
export abstract class JobProcessor extends WorkerHost implements BeforeApplicationShutdown {
  async beforeApplicationShutdown(): Promise<void> {
    const client = await redisClientOf(this.worker);
    await this.worker.close(client?.status !== 'ready');
  }
}
