import { Injectable } from '@nestjs/common';
import type { AccountMailPayload, JobStatus } from '@balss/contracts';
import { AccountMails, LINK_TTL_MINUTES } from '../accounts/account-mails';
import { AuditService } from '../audit/audit.service';
import type { UserEntity } from '../entities/user.entity';
import { Transactions, type Tx } from '../persistence/transactions';
import { UserRepository } from '../persistence/user.repository';
import { OneTimeTokenService } from '../tokens/one-time-token.service';
import { Clock } from '../util/clock';

/**
 * The worker side of AccountMailRequests: looks the address up and sends the mail the api used to
 * send itself — or, for an unknown address (or a resend to a verified one), silently nothing
 * ('skipped'). The link, its expiry, the mail and the audit event are what they were in the api;
 * the link and its mail are queued in one transaction, so a failed attempt leaves no orphan link.
 */
@Injectable()
export class AccountMailRunner {
  constructor(
    private readonly users: UserRepository,
    private readonly oneTime: OneTimeTokenService,
    private readonly mails: AccountMails,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async run({ kind, email, ipPrefix }: AccountMailPayload): Promise<JobStatus> {
    const user = await this.users.findByEmail(email);
    if (!user || (kind === 'verify-email' && user.emailVerifiedAt)) {
      return 'skipped';
    }
    if (kind === 'already-registered') {
      // One such mail per address per day at most, however often someone tries.
      const day = this.clock.now().toISOString().slice(0, 10);
      await this.mails.send('already-registered', { email, locale: user.locale }, { token: null, idempotencyKey: `${user.id}:${day}` });
      return 'done';
    }
    await this.transactions.run(async (tx) => {
      const link = await this.oneTime.issue(tx, user.id, kind, LINK_TTL_MINUTES[kind]);
      if (kind === 'reset-password') {
        await this.auditResetRequest(tx, user, ipPrefix);
      }
      await this.mails.send(kind, { email, locale: user.locale }, { token: link.token, idempotencyKey: `${user.id}:${link.id}` });
    });
    return 'done';
  }

  private auditResetRequest(tx: Tx, user: UserEntity, ipPrefix: string | null): Promise<void> {
    return this.audit.record(tx, {
      action: 'auth.password-reset-requested',
      municipalityId: user.municipalityId,
      actorUserId: null,
      target: { type: 'user', id: user.id },
      ipPrefix,
    });
  }
}
