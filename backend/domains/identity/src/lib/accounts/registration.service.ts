import { Injectable } from '@nestjs/common';
import type { AcceptedDto, RegisterDto } from '@balss/contracts';
import { MunicipalityService } from '@balss/domains/municipality';
import { AccountMailRequests } from '../account-mail/account-mail.requests';
import { AuditService } from '../audit/audit.service';
import { checkPassword } from '../crypto/password-policy';
import { EmailTakenError } from '../identity.errors';
import { UserRepository } from '../persistence/user.repository';
import { Transactions } from '../persistence/transactions';
import { RoleService } from '../roles/role.service';
import { OneTimeTokenService } from '../tokens/one-time-token.service';
import { Clock } from '../util/clock';
import { AccountMails, LINK_TTL_MINUTES } from './account-mails';
import { normaliseEmail, UserService } from './user.service';

const ACCEPTED: AcceptedDto = { status: 'accepted' };

/**
 * Registration by e-mail and its verification. The answer never says whether an address already has
 * an account: a known address gets an "you already have an account" e-mail instead of a new account,
 * and the caller sees the same 202 either way (createAccount hashes the password before the insert
 * finds the duplicate, so both paths take about as long; the known path then only queues a job — the
 * worker looks the owner up and mails them).
 * A new account holds the `resident` role in its municipality — which grants only its own account;
 * whether the person may vote is decided by the voter register, not by this role.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly users: UserRepository,
    private readonly accounts: UserService,
    private readonly roles: RoleService,
    private readonly oneTime: OneTimeTokenService,
    private readonly municipalities: MunicipalityService,
    private readonly mails: AccountMails,
    private readonly audit: AuditService,
    private readonly requests: AccountMailRequests,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async register(input: RegisterDto, ipPrefix: string | null): Promise<AcceptedDto> {
    const municipalityId = await this.municipalities.requireIdBySlug(input.municipality);
    const email = normaliseEmail(input.email);
    checkPassword(input.password, { email, displayName: input.displayName });
    try {
      await this.transactions.run(async (tx) => {
        const user = await this.accounts.createAccount(tx, { ...input, email, municipalityId });
        await this.roles.grantInTransaction(tx, { userId: user.id, municipalityId, role: 'resident', grantedBy: null });
        await this.audit.record(tx, {
          action: 'account.registered',
          municipalityId,
          actorUserId: user.id,
          target: { type: 'user', id: user.id },
          ipPrefix,
          details: { method: 'password' },
        });
        const link = await this.oneTime.issue(tx, user.id, 'verify-email', LINK_TTL_MINUTES['verify-email']);
        // Queued last, inside the transaction: if Redis is down the account is not created either (503).
        await this.mails.send('verify-email', { email, locale: input.locale }, { token: link.token, idempotencyKey: `${user.id}:${link.id}` });
      });
    } catch (error) {
      if (!(error instanceof EmailTakenError)) {
        throw error;
      }
      // The worker looks the owner up and mails them (at most daily); the api reads nothing more.
      await this.requests.queue('already-registered', email, ipPrefix);
    }
    return ACCEPTED;
  }

  async verifyEmail(token: string, ipPrefix: string | null): Promise<void> {
    await this.transactions.run(async (tx) => {
      const { userId } = await this.oneTime.consume(tx, token, 'verify-email');
      const user = await this.users.findByIdForUpdate(tx, userId);
      await this.users.markEmailVerified(tx, userId, this.clock.now());
      await this.audit.record(tx, {
        action: 'auth.email-verified',
        municipalityId: user?.municipalityId ?? null,
        actorUserId: userId,
        target: { type: 'user', id: userId },
        ipPrefix,
      });
    });
  }

  /**
   * A new link for an unverified account; the worker does it, and silently nothing for unknown or
   * verified addresses — the api does the same work for every address (see AccountMailRequests).
   */
  async resendVerification(emailInput: string): Promise<AcceptedDto> {
    await this.requests.queue('verify-email', emailInput, null);
    return ACCEPTED;
  }
}
