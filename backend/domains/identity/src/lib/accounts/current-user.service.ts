import { Injectable } from '@nestjs/common';
import type { CurrentUserDto } from '@balss/contracts';
import { MunicipalityService } from '@balss/domains/municipality';
import { type Actor, assertPermission } from '@balss/platform/auth';
import { UnauthenticatedError } from '@balss/util-errors';
import { UserRepository } from '../persistence/user.repository';

/** GET /api/me and the body of a successful sign-in. */
@Injectable()
export class CurrentUserService {
  constructor(
    private readonly users: UserRepository,
    private readonly municipalities: MunicipalityService,
  ) {}

  async describe(actor: Actor): Promise<CurrentUserDto> {
    assertPermission(actor, 'account:read-own');
    const user = await this.users.findById(actor.userId);
    if (!user || user.erasedAt) {
      // Sessions and tokens are deleted with the account; reaching here means a race with erasure.
      throw new UnauthenticatedError('This account no longer exists.');
    }
    const municipality = await this.municipalities.getSummaryById(actor.municipalityId);
    return {
      id: user.id,
      ...(user.email ? { email: user.email } : {}),
      emailVerified: user.emailVerifiedAt !== null,
      displayName: user.displayName ?? '',
      locale: user.locale,
      municipality: { id: municipality.id, slug: municipality.slug },
      roles: [...actor.roles],
      permissions: [...actor.permissions].sort(),
      credential: actor.via.kind,
      authMethod: actor.via.kind === 'session' ? actor.via.method : null,
      signedInAt: actor.via.kind === 'session' ? actor.via.authenticatedAt.toISOString() : null,
    };
  }
}
