import type { MigrationInterface } from 'typeorm';
import { CreateTenantSchema1795317163367 } from './1795317163367-CreateTenantSchema';
import { CreateIdentityAccess1795319615172 } from './1795319615172-CreateIdentityAccess';
import { CreateEidAndVoterRegister1795320637965 } from './1795320637965-CreateEidAndVoterRegister';
import { CreateYouthAccounts1795320825359 } from './1795320825359-CreateYouthAccounts';

/**
 * Every migration, oldest first. An explicit list rather than a glob because the api and the CLI are
 * webpack bundles that cannot glob at run time. `npm run db:generate` appends new entries here.
 */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  CreateTenantSchema1795317163367,
  CreateIdentityAccess1795319615172,
  CreateEidAndVoterRegister1795320637965,
  CreateYouthAccounts1795320825359,
];
