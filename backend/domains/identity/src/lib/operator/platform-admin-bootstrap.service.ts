import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { UserRepository } from '../persistence/user.repository';
import { UserRoleRepository } from '../persistence/user-role.repository';
import { Transactions } from '../persistence/transactions';

export type PlatformAdminOutcome = { outcome: 'granted' | 'already-held'; userId: string };

/** The operator named an account that cannot become a platform administrator; the message says why. */
export class PlatformAdminRefusedError extends Error {}

/**
 * The operator's way to make a platform administrator on a real deployment (`cli.js
 * create-platform-admin --email …`); the API never grants the role (RoleService refuses it).
 *
 * It only promotes an existing account whose address is verified: the person registers through the
 * normal flow, so the password meets the policy, is typed only by its owner and never passes
 * through a shell, its history or the operator's hands, and the verification proves the address
 * belongs to them. The grant and its audit entry commit together; a second run changes nothing.
 */
@Injectable()
export class PlatformAdminBootstrapService {
  constructor(
    private readonly users: UserRepository,
    private readonly roles: UserRoleRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  async grant(rawEmail: string): Promise<PlatformAdminOutcome> {
    const email = rawEmail.trim().toLowerCase();
    return this.transactions.run(async (tx) => {
      const user = await this.users.findByEmail(email, tx);
      if (!user) {
        throw new PlatformAdminRefusedError(
          `There is no account with the address ${email}. Register it on the site first and verify the address, then run this again.`,
        );
      }
      if (!user.emailVerifiedAt) {
        throw new PlatformAdminRefusedError(
          `The account ${email} has not verified its address yet. Open the verification link sent to it, then run this again.`,
        );
      }
      const granted = await this.roles.grant(tx, { userId: user.id, municipalityId: null, role: 'platform_admin', grantedBy: null });
      if (!granted) {
        return { outcome: 'already-held', userId: user.id };
      }
      // The account's home municipality, so its auditors see the promotion of one of their people.
      await this.audit.record(tx, {
        action: 'role.granted',
        municipalityId: user.municipalityId,
        actorUserId: null,
        target: { type: 'user', id: user.id },
        details: { role: 'platform_admin', via: 'cli' },
      });
      return { outcome: 'granted', userId: user.id };
    });
  }
}
