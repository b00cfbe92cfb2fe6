import { Injectable } from '@nestjs/common';
import { RoleService, SignInService, Transactions, type Tx, UserService } from '@balss/domains/identity';
import type { EidRequest, EidResponse } from './eid-http';
import { EidIdentityRepository } from './persistence/eid-identity.repository';

export interface ProvenPerson {
  /** The municipality whose provider proved the person: home of a new account. */
  municipalityId: string;
  personalCodeHash: Buffer;
  displayName: string;
  now: Date;
  /** The account already signed in in this browser, if any: a first e-ID sign-in links to it. */
  currentUserId?: string | null;
}

/**
 * Finds the account e-ID proved, or creates it (a resident of the municipality whose provider was
 * used), and signs it in — account, link, role, session and audit entry in one transaction. An
 * existing account keeps its home municipality, and the session acts there. A person already signed
 * in (with e-mail and password) whose account has no e-ID yet gets the link on that account instead
 * of a second one: that is how "check with e-ID" on the profile page works.
 */
@Injectable()
export class EidAccountService {
  constructor(
    private readonly links: EidIdentityRepository,
    private readonly users: UserService,
    private readonly roles: RoleService,
    private readonly signIns: SignInService,
    private readonly transactions: Transactions,
  ) {}

  async signIn(
    request: EidRequest,
    response: EidResponse,
    person: ProvenPerson,
  ): Promise<{ userId: string; created: boolean }> {
    return this.transactions.run(async (tx) => {
      const link = await this.links.lockAndFindByHash(tx, person.personalCodeHash);
      let userId: string;
      let municipalityId: string;
      if (link) {
        const user = await this.users.findById(link.userId, tx);
        if (!user) {
          throw new Error(`eid_identity of user ${link.userId} points at no account`);
        }
        await this.links.touch(tx, link.userId, person.now);
        [userId, municipalityId] = [user.id, user.municipalityId];
      } else if (person.currentUserId && (await this.linkable(tx, person.currentUserId))) {
        const user = await this.users.findById(person.currentUserId, tx);
        if (!user || user.erasedAt) {
          throw new Error(`signed-in user ${person.currentUserId} vanished`);
        }
        await this.links.insert(tx, {
          userId: user.id,
          personalCodeHash: person.personalCodeHash,
          lastSignInAt: person.now,
        });
        await this.roles.grantInTransaction(tx, {
          userId: user.id,
          municipalityId: user.municipalityId,
          role: 'resident',
          grantedBy: null,
        });
        [userId, municipalityId] = [user.id, user.municipalityId];
      } else {
        const user = await this.users.createAccount(tx, {
          municipalityId: person.municipalityId,
          displayName: person.displayName,
          locale: 'lv',
        });
        await this.links.insert(tx, {
          userId: user.id,
          personalCodeHash: person.personalCodeHash,
          lastSignInAt: person.now,
        });
        await this.roles.grantInTransaction(tx, {
          userId: user.id,
          municipalityId: person.municipalityId,
          role: 'resident',
          grantedBy: null,
        });
        [userId, municipalityId] = [user.id, person.municipalityId];
      }
      await this.signIns.signIn(request, response, { userId, municipalityId }, 'eid', tx);
      return { userId, created: link === null && userId !== person.currentUserId };
    });
  }

  /** An account without an e-ID link yet (one person, one personal code). */
  private async linkable(tx: Tx, userId: string): Promise<boolean> {
    return (await this.links.findByUserId(userId, tx)) === null;
  }
}
