import { WorkerHost } from '@nestjs/bullmq';
import type { BeforeApplicationShutdown } from '@nestjs/common';
import type { JobName, JobPayloads, JobStatus } from '@balss/contracts';
import type { Job } from 'bullmq';

/** A BullMQ job whose name and payload come from the catalogue. */
export type CatalogueJob<N extends JobName> = Job<JobPayloads[N], JobStatus, N>;

/**
 * Base class of every processor. `@nestjs/bullmq` closes workers in `onApplicationShutdown`, the same
 * phase in which Redis clients and SMTP transports close; closing the worker one phase earlier lets an
 * active job finish (and record that it finished) while its connections are still open.
 */
export abstract class JobProcessor extends WorkerHost implements BeforeApplicationShutdown {
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }
}
