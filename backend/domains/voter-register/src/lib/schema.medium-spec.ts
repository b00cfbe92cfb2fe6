import { createTestDatabase, ENTITY_FILES_GLOB, type TestDatabase } from '@balss/platform/database/testing';

describe('e-ID and voter-register schema (real PostgreSQL)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ entities: [ENTITY_FILES_GLOB] });
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('leaves nothing for the register and e-ID entities to add: the migration matches them', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    // If this fails, run `npm run db:generate <VerbNoun>` and review the SQL it writes.
    expect(pending.upQueries.map((q) => q.query).filter((q) => /"(register_|eid_)/.test(q))).toEqual([]);
  });

  it('refuses a personal-code hash that is not 32 bytes and a secret reference to any other variable', async () => {
    const [{ id }] = await db.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO municipality (slug, name_lv, name_ru, name_en) VALUES ('t', 'T', 'T', 'T') RETURNING id`,
    );
    await expect(
      db.dataSource.query(
        `INSERT INTO eid_provider (municipality_id, issuer_url, client_id, client_secret_env) VALUES ($1, 'https://id.example', 'c', 'DATABASE_URL')`,
        [id],
      ),
    ).rejects.toThrow(/eid_provider_client_secret_env_check/);
    await expect(
      db.dataSource.query(
        `INSERT INTO eid_provider (municipality_id, issuer_url, client_id, scopes) VALUES ($1, 'https://id.example', 'c', 'profile')`,
        [id],
      ),
    ).rejects.toThrow(/eid_provider_scopes_check/);
    await expect(
      db.dataSource
        .query(`INSERT INTO app_user (municipality_id, display_name) VALUES ($1, 'X') RETURNING id`, [id])
        .then(([u]: Array<{ id: string }>) =>
          db.dataSource.query(
            `INSERT INTO eid_identity (user_id, personal_code_hash, last_sign_in_at) VALUES ($1, '\\x0102', now())`,
            [u.id],
          ),
        ),
    ).rejects.toThrow(/eid_identity_personal_code_hash_check/);
  });
});
