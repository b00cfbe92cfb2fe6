import { Injectable } from '@nestjs/common';
import type { CurrentUserDto, LoginDto } from '@balss/contracts';
import { AuditService } from '../audit/audit.service';
import { clientOf, type HttpRequest, type HttpResponse } from '../auth/http';
import { ipPrefix } from '../crypto/client-summary';
import { PasswordHasher } from '../crypto/password-hasher';
import type { UserEntity } from '../entities/user.entity';
import { EmailNotVerifiedError, InvalidCredentialsError } from '../identity.errors';
import { UserRepository } from '../persistence/user.repository';
import { Transactions } from '../persistence/transactions';
import { ActorFactory } from '../sessions/actor.factory';
import { SignInService } from '../sessions/sign-in.service';
import { CurrentUserService } from './current-user.service';
import { normaliseEmail } from './user.service';

/** Signing in with e-mail and password. Rate limits are on the endpoint (per IP and per address). */
@Injectable()
export class PasswordSignInService {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly signIns: SignInService,
    private readonly actors: ActorFactory,
    private readonly currentUser: CurrentUserService,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  async signIn(request: HttpRequest, response: HttpResponse, input: LoginDto): Promise<CurrentUserDto> {
    const user = await this.users.findByEmail(normaliseEmail(input.email));
    // Always verify (against a dummy hash when there is no account), so timing reveals nothing.
    const passwordOk = await this.hasher.verify(user?.passwordHash ?? null, input.password);
    if (!user || !user.passwordHash || !passwordOk) {
      await this.recordFailure(request, user, user ? 'wrong-password' : 'unknown-account');
      throw new InvalidCredentialsError();
    }
    if (!user.emailVerifiedAt) {
      await this.recordFailure(request, user, 'email-unverified');
      throw new EmailNotVerifiedError();
    }
    await this.upgradeHashIfNeeded(user, input.password);
    const started = await this.signIns.signIn(request, response, { userId: user.id, municipalityId: user.municipalityId }, 'password');
    const actor = await this.actors.build(user.id, user.municipalityId, {
      kind: 'session',
      sessionId: started.session.id,
      method: 'password',
      authenticatedAt: started.session.createdAt,
    });
    return this.currentUser.describe(actor);
  }

  private recordFailure(request: HttpRequest, user: UserEntity | null, reason: string): Promise<void> {
    return this.transactions.run((tx) =>
      this.audit.record(tx, {
        action: 'auth.sign-in-failed',
        outcome: 'failure',
        municipalityId: user?.municipalityId ?? null,
        actorUserId: null,
        target: user ? { type: 'user', id: user.id } : undefined,
        ipPrefix: ipPrefix(clientOf(request).ip),
        details: { reason },
      }),
    );
  }

  /** Hashes made with weaker parameters are replaced while we briefly hold the plain password. */
  private async upgradeHashIfNeeded(user: UserEntity, password: string): Promise<void> {
    if (user.passwordHash && this.hasher.needsRehash(user.passwordHash)) {
      const upgraded = await this.hasher.hash(password);
      await this.transactions.run((tx) => this.users.setPasswordHash(tx, user.id, upgraded));
    }
  }
}
