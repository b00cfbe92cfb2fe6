import { JobName, type SendMailPayload } from '@balss/contracts';
import { JobProducer } from '@balss/platform/queue';
import { Injectable } from '@nestjs/common';
import { InvalidMailError } from './mail-errors';
import { mailJobId } from './mail-identity';

/**
 * Queues rendered mails for the worker (api side). Callers choose the idempotency key from what
 * the mail is about (`verify-email:<userId>:<tokenId>`), so asking twice — a double click, a
 * retried request — queues one job; the worker's delivered-key record covers later replays.
 * Throws QueueUnavailableError (503) when Redis is down; nothing is queued then.
 */
@Injectable()
export class MailProducer {
  constructor(private readonly jobs: JobProducer) {}

  async send(mail: SendMailPayload): Promise<{ jobId: string }> {
    if (mail.idempotencyKey.trim() === '') {
      throw new InvalidMailError('A mail needs a non-empty idempotencyKey');
    }
    if (!mail.to.includes('@')) {
      throw new InvalidMailError('A mail needs a recipient address');
    }
    return this.jobs.add(JobName.SendMail, mail, { jobId: mailJobId(mail.idempotencyKey) });
  }
}
