import { Injectable } from '@nestjs/common';
import type { ListUsersQueryDto, Page, Role, UserSummaryDto } from '@balss/contracts';
import { type Actor, assertPermission, assertSameMunicipality } from '@balss/platform/auth';
import { NotFoundError } from '@balss/util-errors';
import type { UserEntity } from '../entities/user.entity';
import { UserRoleRepository } from '../persistence/user-role.repository';
import { UserRepository } from '../persistence/user.repository';
import { pageOf, toPage } from '../util/paging';

/**
 * The people of an administrator's (or auditor's) own municipality. Names are shown here because
 * administrators need them to assign roles; nothing in this service is public.
 */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly users: UserRepository,
    private readonly roles: UserRoleRepository,
  ) {}

  async list(actor: Actor, query: ListUsersQueryDto): Promise<Page<UserSummaryDto>> {
    assertPermission(actor, 'users:read');
    const paging = pageOf(query);
    const { users, total } = await this.users.listInMunicipality({
      municipalityId: actor.municipalityId,
      role: query.role,
      offset: paging.offset,
      limit: paging.limit,
    });
    const roles = await this.roles.rolesOfUsers(users.map((u) => u.id), actor.municipalityId);
    return toPage(users.map((u) => toUserSummary(u, roles.get(u.id) ?? [])), total, paging);
  }

  async get(actor: Actor, userId: string): Promise<UserSummaryDto> {
    assertPermission(actor, 'users:read');
    const user = await this.users.findById(userId);
    if (!user) {
      throw new NotFoundError('There is no such user.');
    }
    assertSameMunicipality(actor, user.municipalityId, 'user');
    return toUserSummary(user, await this.roles.rolesIn(user.id, actor.municipalityId));
  }
}

function toUserSummary(user: UserEntity, roles: Role[]): UserSummaryDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    emailVerified: user.emailVerifiedAt !== null,
    roles,
    createdAt: user.createdAt.toISOString(),
    erasedAt: user.erasedAt?.toISOString() ?? null,
  };
}
