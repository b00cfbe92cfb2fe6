import { Injectable } from '@nestjs/common';
import type { ChangePasswordDto, SessionSummaryDto } from '@balss/contracts';
import { type Actor, assertBrowserSession, assertPermission } from '@balss/platform/auth';
import { ForbiddenError, NotFoundError } from '@balss/util-errors';
import { AuditService } from '../audit/audit.service';
import { checkPassword } from '../crypto/password-policy';
import { PasswordHasher } from '../crypto/password-hasher';
import type { SessionEntity } from '../entities/session.entity';
import { SessionRepository } from '../persistence/session.repository';
import { UserRepository } from '../persistence/user.repository';
import { Transactions, type Tx } from '../persistence/transactions';
import { SessionService } from '../sessions/session.service';

/** Changing one's password and managing one's sessions. */
@Injectable()
export class OwnAccountService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly sessionService: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  /** Needs the current password; other sessions are signed out, this one stays. */
  async changePassword(actor: Actor, input: ChangePasswordDto, ipPrefix: string | null): Promise<void> {
    assertPermission(actor, 'account:manage-own');
    assertBrowserSession(actor);
    await this.transactions.run(async (tx) => {
      const user = await this.users.findByIdForUpdate(tx, actor.userId);
      if (!user?.passwordHash || !(await this.hasher.verify(user.passwordHash, input.currentPassword))) {
        throw new ForbiddenError('The current password is wrong.', { details: { reason: 'WRONG_PASSWORD', field: 'currentPassword' } });
      }
      checkPassword(input.newPassword, { email: user.email, displayName: user.displayName });
      await this.users.setPasswordHash(tx, user.id, await this.hasher.hash(input.newPassword));
      const ended = await this.sessionService.endAllOf(tx, user.id, actor.via.sessionId);
      await this.audit.record(tx, {
        action: 'auth.password-changed',
        municipalityId: actor.municipalityId,
        actorUserId: user.id,
        target: { type: 'user', id: user.id },
        ipPrefix,
        details: { otherSessionsEnded: ended },
      });
    });
  }

  async listSessions(actor: Actor): Promise<SessionSummaryDto[]> {
    assertPermission(actor, 'account:read-own');
    const current = actor.via.kind === 'session' ? actor.via.sessionId : null;
    return (await this.sessionService.listLive(actor.userId)).map((s) => ({ ...this.summary(s), current: s.id === current }));
  }

  /** Signs out one of one's own sessions ("that phone I lost"); someone else's is a 404. */
  async revokeSession(actor: Actor, sessionId: string): Promise<void> {
    assertPermission(actor, 'account:manage-own');
    await this.transactions.run(async (tx) => {
      if (!(await this.sessions.deleteOfUser(tx, actor.userId, sessionId))) {
        throw new NotFoundError('There is no such session.');
      }
    });
  }

  liveSessions(userId: string, tx?: Tx): Promise<SessionEntity[]> {
    return this.sessionService.listLive(userId, tx);
  }

  summary(session: SessionEntity): Omit<SessionSummaryDto, 'current'> {
    const idleEnd = this.sessionService.idleEnd(session.lastSeenAt);
    return {
      id: session.id,
      authMethod: session.authMethod,
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
      expiresAt: (idleEnd < session.expiresAt ? idleEnd : session.expiresAt).toISOString(),
      ipPrefix: session.ipPrefix,
      userAgent: session.userAgent,
    };
  }
}
