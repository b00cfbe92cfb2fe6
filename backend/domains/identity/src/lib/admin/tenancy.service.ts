import { Injectable } from '@nestjs/common';
import type { CreateMunicipalityDto, MunicipalitySummaryDto } from '@balss/contracts';
import { MunicipalityService } from '@balss/domains/municipality';
import { type Actor, assertPermission } from '@balss/platform/auth';
import { AccountMails, LINK_TTL_MINUTES } from '../accounts/account-mails';
import { UserService } from '../accounts/user.service';
import { AuditService } from '../audit/audit.service';
import { Transactions } from '../persistence/transactions';
import { RoleService } from '../roles/role.service';
import { OneTimeTokenService } from '../tokens/one-time-token.service';

/**
 * Creating a tenant. A platform administrator creates the municipality (with its neighbourhoods,
 * where they are known already) together with its first administrator — a new account without a
 * password, invited by a password-setting link valid for a week — in one transaction with its audit
 * entry, so a municipality never exists without someone who can administer it. The administrator's address must be new (409 otherwise): a session acts in
 * its account's home municipality, so an existing account elsewhere could not administer this one.
 */
@Injectable()
export class TenancyService {
  constructor(
    private readonly municipalities: MunicipalityService,
    private readonly users: UserService,
    private readonly roles: RoleService,
    private readonly oneTime: OneTimeTokenService,
    private readonly mails: AccountMails,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  async createMunicipality(actor: Actor, input: CreateMunicipalityDto, ipPrefix: string | null): Promise<MunicipalitySummaryDto> {
    assertPermission(actor, 'municipalities:create');
    return this.transactions.run(async (tx) => {
      const municipality = await this.municipalities.createInTransaction(tx, {
        slug: input.slug,
        name: input.name,
        neighbourhoods: input.neighbourhoods ?? [],
      });
      const admin = await this.users.createAccount(tx, {
        municipalityId: municipality.id,
        email: input.admin.email,
        displayName: input.admin.displayName,
        locale: input.admin.locale,
      });
      await this.roles.grantInTransaction(tx, { userId: admin.id, municipalityId: municipality.id, role: 'admin', grantedBy: actor.userId });
      await this.audit.record(tx, {
        action: 'municipality.created',
        municipalityId: municipality.id,
        actorUserId: actor.userId,
        target: { type: 'municipality', id: municipality.id },
        ipPrefix,
        details: { slug: municipality.slug, firstAdminUserId: admin.id },
      });
      const link = await this.oneTime.issue(tx, admin.id, 'reset-password', LINK_TTL_MINUTES['admin-invitation']);
      await this.mails.send(
        'admin-invitation',
        { email: admin.email ?? input.admin.email, locale: admin.locale },
        { token: link.token, idempotencyKey: `${admin.id}:${link.id}` },
        municipality.name[admin.locale],
      );
      return municipality;
    });
  }
}
