/**
 * Medium-test harness (imported as `@balss/platform/database/testing`, never by production code).
 * Each call creates a fresh, uniquely named database on the server of TEST_DATABASE_URL and applies
 * every migration for real, so tests see exactly the schema production gets and never each other's
 * rows. Reading process.env here is deliberate: test support runs outside the app's ConfigModule.
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { Client } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { buildDataSourceOptions } from './lib/data-source-options';
import { runMigrations } from './lib/run-migrations';

export interface TestDatabase {
  /** Connection URL of the new database (give it to an app under test as DATABASE_URL). */
  url: string;
  /** An initialised DataSource on it, with `entities` registered and all migrations applied. */
  dataSource: DataSource;
  /** Closes the DataSource and drops the database, even while other clients are still connected. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Entity classes the test's repositories need (the harness itself knows no domain). */
  entities?: DataSourceOptions['entities'];
}

/**
 * Every entity file of every backend lib, by the `.entity.ts` naming rule. The migration generator and
 * the schema-drift test load entities this way so a new domain is covered without editing a list
 * (and without this platform lib importing a domain).
 */
export const ENTITY_FILES_GLOB = path
  .join(path.resolve(__dirname, '../../../..'), 'backend/**/src/**/*.entity.ts')
  .replace(/\\/g, '/');

export function testDatabaseAdminUrl(): string {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) {
    throw new Error(
      'TEST_DATABASE_URL is not set. Medium and e2e tests need a real PostgreSQL server they may create ' +
        'databases on: run them through `npm test`, or start `node tools/infra/services.mjs` and export the ' +
        'variables it prints.',
    );
  }
  return url;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const adminUrl = testDatabaseAdminUrl();
  const name = `balss_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = withDatabaseName(adminUrl, name);
  const dataSource = new DataSource({ ...buildDataSourceOptions(url), entities: options.entities ?? [] });
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    await dropDatabase(adminUrl, name);
    throw error;
  }
  return {
    url,
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) {
        await dataSource.destroy();
      }
      await dropDatabase(adminUrl, name);
    },
  };
}

/** Replaces the database name (the URL path) of a postgres:// URL. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  // FORCE (PostgreSQL 13+) ends sessions an app under test may still hold open.
  await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

async function withAdminClient<T>(adminUrl: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
