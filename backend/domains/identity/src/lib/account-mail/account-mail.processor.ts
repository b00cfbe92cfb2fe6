import { JobName, QueueName, type JobStatus } from '@balss/contracts';
import { JobProcessor, throttledErrorListener, type CatalogueJob } from '@balss/platform/queue';
import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { AccountMailRunner } from './account-mail.runner';

/**
 * Consumes the account queue in the worker. One job at a time: the volume is small, and jobs then
 * run in the order they were asked for. Logs name the job and its outcome, never the address.
 */
@Processor(QueueName.Account, { concurrency: 1 })
export class AccountMailProcessor extends JobProcessor {
  private readonly logger = new Logger(AccountMailProcessor.name);
  private readonly logConnectionError = throttledErrorListener(this.logger, 'account worker');

  constructor(private readonly runner: AccountMailRunner) {
    super();
  }

  async process(job: Job): Promise<JobStatus> {
    if (job.name !== JobName.AccountMail) {
      throw new UnrecoverableError(`The account queue has no handler for job "${job.name}"`);
    }
    const { data } = job as CatalogueJob<typeof JobName.AccountMail>;
    const status = await this.runner.run(data);
    this.logger.log({ kind: data.kind, jobId: job.id, status }, `account mail job ${status}`);
    return status;
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn({ attempt: job?.attemptsMade, jobId: job?.id, reason: error.message }, 'account mail attempt failed');
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logConnectionError(error);
  }
}
