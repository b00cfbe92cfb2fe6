import { JobName, QueueName, type JobStatus } from '@balss/contracts';
import { JobProcessor, throttledErrorListener, type CatalogueJob } from '@balss/platform/queue';
import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { MailService } from './mail.service';

/**
 * Consumes the mail queue in the worker and hands each job to MailService. Logs name the job and
 * its idempotency key, never the address or the text: mails carry personal data.
 */
@Processor(QueueName.Mail, { concurrency: 4 })
export class MailProcessor extends JobProcessor {
  private readonly logger = new Logger(MailProcessor.name);
  private readonly logConnectionError = throttledErrorListener(this.logger, 'mail worker');

  constructor(private readonly mail: MailService) {
    super();
  }

  async process(job: Job): Promise<JobStatus> {
    if (job.name !== JobName.SendMail) {
      throw new UnrecoverableError(`The mail queue has no handler for job "${job.name}"`);
    }
    const { data } = job as CatalogueJob<typeof JobName.SendMail>;
    const status = await this.mail.deliver(data);
    this.logger.log({ idempotencyKey: data.idempotencyKey, jobId: job.id, status }, `mail job ${status}`);
    return status;
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    const attempts = job?.opts.attempts ?? 1;
    const final = !job || job.attemptsMade >= attempts || error instanceof UnrecoverableError;
    const context = { attempt: job?.attemptsMade, attempts, jobId: job?.id, reason: error.message };
    if (final) {
      this.logger.error(context, 'mail job failed for good');
    } else {
      this.logger.warn(context, 'mail job failed; it will be retried');
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logConnectionError(error);
  }
}
