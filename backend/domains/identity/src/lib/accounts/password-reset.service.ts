import { Injectable } from '@nestjs/common';
import type { AcceptedDto, PasswordResetConfirmDto } from '@balss/contracts';
import { AccountMailRequests } from '../account-mail/account-mail.requests';
import { AuditService } from '../audit/audit.service';
import { checkPassword } from '../crypto/password-policy';
import { PasswordHasher } from '../crypto/password-hasher';
import { AccessTokenRepository } from '../persistence/access-token.repository';
import { UserRepository } from '../persistence/user.repository';
import { Transactions } from '../persistence/transactions';
import { SessionService } from '../sessions/session.service';
import { InvalidOneTimeTokenError, OneTimeTokenService } from '../tokens/one-time-token.service';
import { Clock } from '../util/clock';

/**
 * Forgotten passwords. The request answers 202 whether or not the address is known, after the same
 * work for both: the worker looks it up and mails the link (AccountMailRunner). Completing a
 * reset signs the account out everywhere and revokes its access tokens — a reset usually means the
 * old password may be known to someone else — and counts as proof of the mailbox, so it also
 * verifies the address.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly oneTime: OneTimeTokenService,
    private readonly sessions: SessionService,
    private readonly tokens: AccessTokenRepository,
    private readonly requests: AccountMailRequests,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /** Queues the request for the worker without looking the address up (see AccountMailRequests). */
  async request(emailInput: string, ipPrefix: string | null): Promise<AcceptedDto> {
    await this.requests.queue('reset-password', emailInput, ipPrefix);
    return { status: 'accepted' };
  }

  async confirm(input: PasswordResetConfirmDto, ipPrefix: string | null): Promise<void> {
    await this.transactions.run(async (tx) => {
      const { userId } = await this.oneTime.consume(tx, input.token, 'reset-password');
      const user = await this.users.findByIdForUpdate(tx, userId);
      if (!user || user.erasedAt) {
        throw new InvalidOneTimeTokenError('unknown');
      }
      // Checked after the token because the policy needs the account's address and name; a refusal
      // rolls the transaction back, so the link still works for a second, better try.
      checkPassword(input.newPassword, { email: user.email, displayName: user.displayName });
      await this.users.setPasswordHash(tx, userId, await this.hasher.hash(input.newPassword));
      await this.users.markEmailVerified(tx, userId, this.clock.now());
      const sessions = await this.sessions.endAllOf(tx, userId);
      const tokens = await this.tokens.deleteAllOfUser(tx, userId);
      await this.audit.record(tx, {
        action: 'auth.password-reset',
        municipalityId: user.municipalityId,
        actorUserId: userId,
        target: { type: 'user', id: userId },
        ipPrefix,
        details: { sessionsEnded: sessions, accessTokensRevoked: tokens },
      });
    });
  }
}
