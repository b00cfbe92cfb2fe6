import { Injectable } from '@nestjs/common';
import type { AcceptedDto, PasswordResetConfirmDto } from '@balss/contracts';
import { AuditService } from '../audit/audit.service';
import { checkPassword } from '../crypto/password-policy';
import { PasswordHasher } from '../crypto/password-hasher';
import { AccessTokenRepository } from '../persistence/access-token.repository';
import { UserRepository } from '../persistence/user.repository';
import { Transactions } from '../persistence/transactions';
import { SessionService } from '../sessions/session.service';
import { InvalidOneTimeTokenError, OneTimeTokenService } from '../tokens/one-time-token.service';
import { Clock } from '../util/clock';
import { AccountMails, LINK_TTL_MINUTES } from './account-mails';
import { normaliseEmail } from './user.service';

/**
 * Forgotten passwords. The request answers 202 whether or not the address is known. Completing a
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
    private readonly mails: AccountMails,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async request(emailInput: string, ipPrefix: string | null): Promise<AcceptedDto> {
    const email = normaliseEmail(emailInput);
    const user = await this.users.findByEmail(email);
    if (user) {
      await this.transactions.run(async (tx) => {
        const link = await this.oneTime.issue(tx, user.id, 'reset-password', LINK_TTL_MINUTES['reset-password']);
        await this.audit.record(tx, {
          action: 'auth.password-reset-requested',
          municipalityId: user.municipalityId,
          actorUserId: null,
          target: { type: 'user', id: user.id },
          ipPrefix,
        });
        await this.mails.send('reset-password', { email, locale: user.locale }, { token: link.token, idempotencyKey: `${user.id}:${link.id}` });
      });
    }
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
