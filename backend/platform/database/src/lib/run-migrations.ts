import type { DataSource } from 'typeorm';

/** Fixed ("bals" in ASCII): every Balss migrator takes the same PostgreSQL advisory lock. */
const MIGRATION_LOCK_KEY = 0x62616c73;

export interface MigrationReport {
  applied: string[];
}

/**
 * Applies pending migrations under a session advisory lock, so two processes started together
 * (two api containers, each migrating in its entrypoint) run them one after the other instead of
 * racing; the second finds nothing left to do.
 */
export async function runMigrations(dataSource: DataSource): Promise<MigrationReport> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return { applied: applied.map((migration) => migration.name) };
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
