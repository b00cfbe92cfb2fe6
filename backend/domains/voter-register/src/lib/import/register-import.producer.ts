import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JobName, QueueName } from '@balss/contracts';
import { JobProducer } from '@balss/platform/queue';

/**
 * Queues register imports (api side). The job id is the import id, so a double submit queues one
 * job; the processor skips an import that is already finished. Also reads a running job's progress.
 */
@Injectable()
export class RegisterImportProducer {
  constructor(
    private readonly jobs: JobProducer,
    @InjectQueue(QueueName.Register) private readonly queue: Queue,
  ) {}

  enqueue(importId: string): Promise<{ jobId: string }> {
    return this.jobs.add(JobName.ImportRegister, { importId }, { jobId: importId });
  }

  /** The job's last reported progress, or null (finished and removed, or Redis unreachable). */
  async progressOf(importId: string): Promise<unknown> {
    try {
      return (await this.queue.getJob(importId))?.progress ?? null;
    } catch {
      return null;
    }
  }
}
