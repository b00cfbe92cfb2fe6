import { Injectable } from '@nestjs/common';
import { permissionsOf } from '@balss/contracts';
import type { Actor, ActorCredential } from '@balss/platform/auth';
import { UserRoleRepository } from '../persistence/user-role.repository';
import type { Tx } from '../persistence/transactions';

/**
 * Turns "this user, in this municipality" into an Actor. Roles are read on every request rather
 * than stored in the session, so a revoked role takes effect on the very next request.
 */
@Injectable()
export class ActorFactory {
  constructor(private readonly roles: UserRoleRepository) {}

  async build(userId: string, municipalityId: string, via: ActorCredential, tx?: Tx): Promise<Actor> {
    const roles = await this.roles.rolesIn(userId, municipalityId, tx);
    return {
      userId,
      municipalityId,
      roles,
      permissions: permissionsOf(roles),
      isPlatformAdmin: roles.includes('platform_admin'),
      via,
    };
  }
}
