import { Injectable } from '@nestjs/common';
import type { EraseAccountDto, PersonalDataExportDto } from '@balss/contracts';
import { MunicipalityService } from '@balss/domains/municipality';
import { type Actor, assertBrowserSession, assertPermission } from '@balss/platform/auth';
import { ForbiddenError, UnauthenticatedError } from '@balss/util-errors';
import { AuditService, toAuditEventDto } from '../audit/audit.service';
import { PasswordHasher } from '../crypto/password-hasher';
import type { UserEntity } from '../entities/user.entity';
import { PersonalDataRegistry } from '../personal-data/personal-data.registry';
import { AccessTokenRepository } from '../persistence/access-token.repository';
import { AuditEventRepository } from '../persistence/audit-event.repository';
import { OneTimeTokenRepository } from '../persistence/one-time-token.repository';
import { SessionRepository } from '../persistence/session.repository';
import { UserRoleRepository } from '../persistence/user-role.repository';
import { UserRepository } from '../persistence/user.repository';
import { Transactions, type Tx } from '../persistence/transactions';
import { RoleService } from '../roles/role.service';
import { Clock } from '../util/clock';
import { OwnAccountService } from './own-account.service';

/** A session started this recently counts as re-authentication for erasure. */
export const RECENT_SIGN_IN_MS = 10 * 60_000;

/**
 * "Download my data" and "erase my account" (GDPR Art. 15, 17, 20).
 *
 * Erasure keeps the `app_user` row as an anonymous tombstone — id, municipality, creation time and
 * `erased_at` — and removes everything that identifies the person: e-mail, name, password hash,
 * sessions, access tokens, pending e-mailed links and roles; other domains erase theirs (e-ID link
 * and personal-code hash, youth profile) through the PersonalDataRegistry in the same transaction.
 * Ballots and awards that point at the id stay countable; audit events stay (they hold only ids and
 * truncated IPs). It needs proof that the person is at the keyboard: the current password, or —
 * for accounts without one (e-ID) — a sign-in within the last 10 minutes.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly users: UserRepository,
    private readonly roles: UserRoleRepository,
    private readonly sessions: SessionRepository,
    private readonly tokens: AccessTokenRepository,
    private readonly oneTime: OneTimeTokenRepository,
    private readonly auditEvents: AuditEventRepository,
    private readonly roleService: RoleService,
    private readonly ownAccount: OwnAccountService,
    private readonly registry: PersonalDataRegistry,
    private readonly municipalities: MunicipalityService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async export(actor: Actor): Promise<PersonalDataExportDto> {
    assertPermission(actor, 'account:export-own');
    return this.transactions.run(async (tx) => {
      const user = await this.requireUser(actor.userId, tx);
      const municipality = await this.municipalities.getSummaryById(user.municipalityId);
      const other: Record<string, unknown> = {};
      for (const contributor of this.registry.all()) {
        other[contributor.section] = await contributor.export(user.id, tx);
      }
      return {
        exportedAt: this.clock.now().toISOString(),
        account: {
          id: user.id,
          email: user.email,
          emailVerified: user.emailVerifiedAt !== null,
          displayName: user.displayName,
          locale: user.locale,
          municipality: { id: municipality.id, slug: municipality.slug },
          createdAt: user.createdAt.toISOString(),
          hasPassword: user.passwordHash !== null,
        },
        roles: (await this.roles.allOf(user.id, tx)).map((r) => ({ role: r.role, municipalityId: r.municipalityId, grantedAt: r.grantedAt.toISOString() })),
        sessions: (await this.ownAccount.liveSessions(user.id, tx)).map((s) => this.ownAccount.summary(s)),
        accessTokens: (await this.tokens.listOfUser(user.id, tx)).map((t) => ({
          id: t.id,
          name: t.name,
          createdAt: t.createdAt.toISOString(),
          lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
          expiresAt: t.expiresAt.toISOString(),
        })),
        auditEvents: (await this.auditEvents.about(user.id, tx)).map(toAuditEventDto),
        other,
      };
    });
  }

  async erase(actor: Actor, input: EraseAccountDto, ipPrefix: string | null): Promise<void> {
    assertPermission(actor, 'account:erase-own');
    assertBrowserSession(actor);
    await this.transactions.run(async (tx) => {
      const user = await this.users.findByIdForUpdate(tx, actor.userId);
      if (!user || user.erasedAt) {
        throw new UnauthenticatedError('This account no longer exists.');
      }
      await this.requireReauthentication(user, input.password, actor.via.authenticatedAt);
      for (const role of await this.roles.allOf(user.id, tx)) {
        if (role.role === 'admin' && role.municipalityId) {
          await this.roleService.refuseRemovingLastAdmin(tx, role.municipalityId, user.id);
        }
      }
      for (const contributor of this.registry.all()) {
        await contributor.erase(user.id, tx);
      }
      await this.sessions.deleteAllOfUser(tx, user.id);
      await this.tokens.deleteAllOfUser(tx, user.id);
      await this.oneTime.deleteAllOfUser(tx, user.id);
      await this.roles.revokeAll(tx, user.id);
      await this.users.erase(tx, user.id, this.clock.now());
      await this.audit.record(tx, {
        action: 'account.erased',
        municipalityId: user.municipalityId,
        actorUserId: user.id,
        target: { type: 'user', id: user.id },
        ipPrefix,
      });
    });
  }

  private async requireReauthentication(user: UserEntity, password: string | undefined, signedInAt: Date): Promise<void> {
    if (password !== undefined) {
      if (!user.passwordHash || !(await this.hasher.verify(user.passwordHash, password))) {
        throw new ForbiddenError('The password is wrong.', { details: { reason: 'WRONG_PASSWORD', field: 'password' } });
      }
      return;
    }
    if (this.clock.now().getTime() - signedInAt.getTime() > RECENT_SIGN_IN_MS) {
      throw new ForbiddenError('Confirm with your password, or sign in again, to erase your account.', {
        details: { reason: 'REAUTHENTICATION_REQUIRED' },
      });
    }
  }

  private async requireUser(userId: string, tx: Tx): Promise<UserEntity> {
    const user = await this.users.findById(userId, tx);
    if (!user || user.erasedAt) {
      throw new UnauthenticatedError('This account no longer exists.');
    }
    return user;
  }
}
