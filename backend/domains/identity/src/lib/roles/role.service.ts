import { Injectable } from '@nestjs/common';
import type { Role } from '@balss/contracts';
import { type Actor, assertPermission, assertSameMunicipality } from '@balss/platform/auth';
import { ForbiddenError, NotFoundError, RuleViolationError } from '@balss/util-errors';
import { AuditService } from '../audit/audit.service';
import { UserRepository } from '../persistence/user.repository';
import { UserRoleRepository } from '../persistence/user-role.repository';
import { Transactions, type Tx } from '../persistence/transactions';

/**
 * Roles per municipality. Administrators grant and revoke roles of their own municipality's users;
 * `platform_admin` cannot be granted or revoked over the API at all (only by the operator's seed),
 * so a compromised administrator account cannot escalate to the platform. A municipality never
 * loses its last administrator: revoking it (also from oneself) is refused with 422 — appoint
 * another administrator first.
 */
@Injectable()
export class RoleService {
  constructor(
    private readonly users: UserRepository,
    private readonly roles: UserRoleRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  async grant(actor: Actor, userId: string, role: Role, ipPrefix: string | null): Promise<void> {
    assertPermission(actor, 'users:assign-roles');
    refusePlatformRole(role);
    await this.transactions.run(async (tx) => {
      await this.requireUserOfMunicipality(tx, actor, userId);
      const changed = await this.roles.grant(tx, { userId, municipalityId: actor.municipalityId, role, grantedBy: actor.userId });
      if (changed) {
        await this.recordChange(tx, actor, 'role.granted', userId, role, ipPrefix);
      }
    });
  }

  async revoke(actor: Actor, userId: string, role: Role, ipPrefix: string | null): Promise<void> {
    assertPermission(actor, 'users:assign-roles');
    refusePlatformRole(role);
    await this.transactions.run(async (tx) => {
      await this.requireUserOfMunicipality(tx, actor, userId);
      if (role === 'admin') {
        await this.refuseRemovingLastAdmin(tx, actor.municipalityId, userId);
      }
      if (await this.roles.revoke(tx, { userId, municipalityId: actor.municipalityId, role })) {
        await this.recordChange(tx, actor, 'role.revoked', userId, role, ipPrefix);
      }
    });
  }

  /**
   * For other domains' flows that grant a role as a consequence of something else (a redeemed youth
   * code grants `youth`, a confirmed invitation grants `mentor`), inside their transaction and with
   * their own audit entry. The caller is responsible for having checked access.
   */
  async grantInTransaction(tx: Tx, grant: { userId: string; municipalityId: string; role: Exclude<Role, 'platform_admin'>; grantedBy: string | null }): Promise<boolean> {
    return this.roles.grant(tx, grant);
  }

  /** Refuses (422) when `userId` is the municipality's last administrator. Used by erasure too. */
  async refuseRemovingLastAdmin(tx: Tx, municipalityId: string, userId: string): Promise<void> {
    const holders = await this.roles.lockAndCountHolders(tx, municipalityId, 'admin');
    const isHolder = (await this.roles.rolesIn(userId, municipalityId, tx)).includes('admin');
    if (isHolder && holders <= 1) {
      throw new RuleViolationError(
        'This is the last administrator of the municipality. Appoint another administrator first.',
        { details: { reason: 'LAST_ADMIN' } },
      );
    }
  }

  private async requireUserOfMunicipality(tx: Tx, actor: Actor, userId: string): Promise<void> {
    const user = await this.users.findByIdForUpdate(tx, userId);
    if (!user || user.erasedAt) {
      throw new NotFoundError('There is no such user.');
    }
    assertSameMunicipality(actor, user.municipalityId, 'user');
  }

  private recordChange(tx: Tx, actor: Actor, action: 'role.granted' | 'role.revoked', userId: string, role: Role, ipPrefix: string | null) {
    return this.audit.record(tx, {
      action,
      municipalityId: actor.municipalityId,
      actorUserId: actor.userId,
      target: { type: 'user', id: userId },
      ipPrefix,
      details: { role },
    });
  }
}

function refusePlatformRole(role: Role): void {
  if (role === 'platform_admin') {
    throw new ForbiddenError('The platform administrator role is granted only by the operator, not over the API.');
  }
}
