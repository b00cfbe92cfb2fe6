import { Module } from '@nestjs/common';
import { MunicipalityModule } from '@balss/domains/municipality';
import { ConfigModule } from '@balss/platform/config';
import { DatabaseModule } from '@balss/platform/database';

/** `cli.js migrate` needs only configuration and a connection: no domain code runs. */
@Module({ imports: [ConfigModule, DatabaseModule] })
export class MigrateCliModule {}

/** `cli.js seed` loads reference data through the domains' own seed services. */
@Module({ imports: [ConfigModule, DatabaseModule, MunicipalityModule] })
export class SeedCliModule {}
