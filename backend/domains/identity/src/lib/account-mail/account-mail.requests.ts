import { Injectable } from '@nestjs/common';
import { type AccountMailPayload, JobName } from '@balss/contracts';
import { JobProducer } from '@balss/platform/queue';
import { normaliseEmail } from '../accounts/user.service';

/**
 * The api side of the mails asked for by address (reset, resend, sign-up with a known address). It
 * queues one job for every address and never reads an account: looking the address up, issuing the
 * link and mailing it here made a known address answer a few milliseconds later than an unknown
 * one, which told an attacker which addresses have accounts. The worker does that work instead
 * (AccountMailRunner). Throws QueueUnavailableError (503) when Redis is down, for every address.
 */
@Injectable()
export class AccountMailRequests {
  constructor(private readonly jobs: JobProducer) {}

  async queue(kind: AccountMailPayload['kind'], email: string, ipPrefix: string | null): Promise<void> {
    await this.jobs.add(JobName.AccountMail, { kind, email: normaliseEmail(email), ipPrefix });
  }
}
