import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../migrations';

export type PostgresDataSourceOptions = Extract<DataSourceOptions, { type: 'postgres' }>;

/** Name of TypeORM's bookkeeping table; explicit so a DBA recognises it next to the domain tables. */
export const MIGRATIONS_TABLE = 'typeorm_migration';

/**
 * The one description of how every Balss process talks to PostgreSQL: the api and worker (through
 * DatabaseModule), the migrate/seed CLI, the migration generator and the medium-test harness all
 * start from here, so they cannot drift apart.
 *
 * - `synchronize` is forced off after any override: the schema changes only through reviewed
 *   migrations, never because an entity was edited.
 * - The session time zone is UTC so `timestamptz` values round-trip without local-time surprises.
 * - Short connect timeouts make a health check fail fast while PostgreSQL is down instead of hanging.
 */
export function buildDataSourceOptions(
  url: string,
  overrides: Partial<Omit<PostgresDataSourceOptions, 'type' | 'url' | 'synchronize'>> = {},
): PostgresDataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    // One transaction per migration: a failure leaves every earlier migration applied and recorded.
    migrationsTransactionMode: 'each',
    migrationsRun: false,
    applicationName: 'balss',
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension (and no superuser) is needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    connectTimeoutMS: 3000,
    extra: {
      max: 10,
      options: '-c TimeZone=UTC',
      idleTimeoutMillis: 30_000,
    },
    ...overrides,
    synchronize: false,
  };
}
