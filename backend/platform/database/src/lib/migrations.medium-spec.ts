import { createTestDatabase, ENTITY_FILES_GLOB, type TestDatabase } from '../testing';
import { MIGRATIONS_TABLE } from './data-source-options';
import { runMigrations } from './run-migrations';

const tablesOf = async (db: TestDatabase): Promise<string[]> =>
  (
    await db.dataSource.query<Array<{ table_name: string }>>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    )
  ).map((row) => row.table_name);

describe('migrations (real PostgreSQL)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    // Every *.entity.ts of every backend lib: a new domain's entities are checked without editing this.
    db = await createTestDatabase({ entities: [ENTITY_FILES_GLOB] });
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('creates the first schema: municipality, neighbourhood and app_user', async () => {
    expect(await tablesOf(db)).toEqual(
      expect.arrayContaining(['app_user', 'municipality', 'neighbourhood', MIGRATIONS_TABLE]),
    );
  });

  it('leaves nothing for the entities to add: migrations and entities describe the same schema', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    // If this fails, run `npm run db:generate <VerbNoun>` and review the SQL it writes.
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('stores timestamps as timestamptz', async () => {
    const columns = await db.dataSource.query<Array<{ table_name: string; column_name: string; data_type: string }>>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name LIKE '%\\_at' AND table_name <> $1`,
      [MIGRATIONS_TABLE],
    );
    expect(columns.length).toBeGreaterThanOrEqual(5);
    expect(columns.filter((c) => c.data_type !== 'timestamp with time zone')).toEqual([]);
  });

  it('reverts every migration down to an empty schema and applies them again', async () => {
    const count = db.dataSource.migrations.length;
    for (let i = 0; i < count; i++) {
      await db.dataSource.undoLastMigration({ transaction: 'each' });
    }
    expect(await tablesOf(db)).toEqual([MIGRATIONS_TABLE]);
    const { applied } = await runMigrations(db.dataSource);
    expect(applied).toHaveLength(count);
  });

  it('lets two migrators start at once without both applying (advisory lock)', async () => {
    const other = await createTestDatabase();
    try {
      for (let i = 0; i < other.dataSource.migrations.length; i++) {
        await other.dataSource.undoLastMigration();
      }
      const [first, second] = await Promise.all([runMigrations(other.dataSource), runMigrations(other.dataSource)]);
      expect([first.applied.length, second.applied.length].sort()).toEqual([0, other.dataSource.migrations.length]);
    } finally {
      await other.drop();
    }
  });
});
