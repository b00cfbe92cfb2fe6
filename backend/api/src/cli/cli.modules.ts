import { Module } from '@nestjs/common';
import { EidSeedModule } from '@balss/domains/eid';
import { IdentitySeedModule, PlatformAdminModule } from '@balss/domains/identity';
import { MunicipalityModule } from '@balss/domains/municipality';
import { VoterRegisterSeedModule } from '@balss/domains/voter-register';
import { YouthSeedModule } from '@balss/domains/youth';
import { ConfigModule } from '@balss/platform/config';
import { DatabaseModule } from '@balss/platform/database';

/** `cli.js migrate` needs only configuration and a connection: no domain code runs. */
@Module({ imports: [ConfigModule, DatabaseModule] })
export class MigrateCliModule {}

/** `cli.js seed` loads reference data (and, in DEMO_MODE, demo accounts) through the domains' own seed services. */
@Module({ imports: [ConfigModule, DatabaseModule, EidSeedModule, IdentitySeedModule, MunicipalityModule, VoterRegisterSeedModule, YouthSeedModule] })
export class SeedCliModule {}

/** `cli.js create-platform-admin` touches only accounts, roles and the audit trail. */
@Module({ imports: [ConfigModule, DatabaseModule, PlatformAdminModule] })
export class PlatformAdminCliModule {}
