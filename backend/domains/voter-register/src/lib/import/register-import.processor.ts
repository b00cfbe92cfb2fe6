import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { JobName, QueueName, type JobStatus, type RegisterImportProgressDto } from '@balss/contracts';
import { JobProcessor, throttledErrorListener, type CatalogueJob } from '@balss/platform/queue';
import { RegisterImportRunner } from './register-import.runner';

/**
 * Consumes the register queue in the worker; one import at a time (each replaces a whole register
 * in one transaction). Progress goes to the BullMQ job, where the api reads it.
 */
@Processor(QueueName.Register, { concurrency: 1 })
export class RegisterImportProcessor extends JobProcessor {
  private readonly logger = new Logger(RegisterImportProcessor.name);
  private readonly logConnectionError = throttledErrorListener(this.logger, 'register worker');

  constructor(private readonly runner: RegisterImportRunner) {
    super();
  }

  async process(job: Job): Promise<JobStatus> {
    if (job.name !== JobName.ImportRegister) {
      throw new UnrecoverableError(`The register queue has no handler for job "${job.name}"`);
    }
    const { data } = job as CatalogueJob<typeof JobName.ImportRegister>;
    const status = await this.runner.run(data.importId, {
      reportProgress: (progress: RegisterImportProgressDto) => job.updateProgress(progress),
      finalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
    });
    this.logger.log({ importId: data.importId, jobId: job.id, status }, `register import job ${status}`);
    return status;
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(
      { attempt: job?.attemptsMade, jobId: job?.id, reason: error.message },
      'register import attempt failed',
    );
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logConnectionError(error);
  }
}
