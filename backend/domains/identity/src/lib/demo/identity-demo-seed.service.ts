import { Injectable, Logger } from '@nestjs/common';
import { MunicipalitySeedService, MunicipalityService } from '@balss/domains/municipality';
import { AppConfig } from '@balss/platform/config';
import { PasswordHasher } from '../crypto/password-hasher';
import { UserRepository } from '../persistence/user.repository';
import { UserRoleRepository } from '../persistence/user-role.repository';
import { Transactions } from '../persistence/transactions';
import { DEMO_ACCOUNTS, DEMO_OTHER_MUNICIPALITY, DEMO_PASSWORD } from './demo-accounts';

export type DemoSeedOutcome = { skipped: 'demo-mode-off' } | { created: number; unchanged: number };

/** The operator asked for demo accounts where they must never exist. */
export class DemoSeedRefusedError extends Error {}

/**
 * Demo accounts (DEMO_MODE only): one per role in Daugavpils and the administrator of a second
 * municipality, all with the printed password. Idempotent: existing accounts keep their password and
 * get any missing role. Without DEMO_MODE it does nothing; with DEMO_MODE and NODE_ENV=production it
 * refuses outright — a production database must
 * never hold accounts whose password is printed in a README.
 */
@Injectable()
export class IdentityDemoSeedService {
  private readonly logger = new Logger(IdentityDemoSeedService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly municipalitySeed: MunicipalitySeedService,
    private readonly municipalities: MunicipalityService,
    private readonly users: UserRepository,
    private readonly roles: UserRoleRepository,
    private readonly hasher: PasswordHasher,
    private readonly transactions: Transactions,
  ) {}

  async seed(): Promise<DemoSeedOutcome> {
    if (!this.config.demo) {
      return { skipped: 'demo-mode-off' };
    }
    if (this.config.nodeEnv === 'production') {
      throw new DemoSeedRefusedError(
        'DEMO_MODE is on but NODE_ENV=production: refusing to create demo accounts with default passwords.',
      );
    }
    await this.municipalitySeed.seed({ ...DEMO_OTHER_MUNICIPALITY, neighbourhoods: [] });
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    let created = 0;
    for (const account of DEMO_ACCOUNTS) {
      const municipalityId = await this.municipalities.requireIdBySlug(account.municipality);
      const isNew = await this.transactions.run(async (tx) => {
        const existing = await this.users.findByEmail(account.email, tx);
        const user =
          existing ??
          (await this.users.insert(tx, { municipalityId, email: account.email, displayName: account.displayName, locale: 'lv', passwordHash, emailVerifiedAt: new Date() }));
        const global = account.role === 'platform_admin';
        await this.roles.grant(tx, { userId: user.id, municipalityId: global ? null : municipalityId, role: account.role, grantedBy: null });
        return existing === null;
      });
      created += isNew ? 1 : 0;
    }
    this.logger.log(`demo accounts: ${created} created, ${DEMO_ACCOUNTS.length - created} already there`);
    return { created, unchanged: DEMO_ACCOUNTS.length - created };
  }
}
