import { randomUUID } from 'node:crypto';
import { MunicipalityEntity, NeighbourhoodEntity } from '@balss/domains/municipality';
import { createTestDatabase, type TestDatabase } from '@balss/platform/database/testing';
import { UserEntity } from './entities/user.entity';
import { EmailTakenError } from './identity.errors';
import { UserRepository } from './user.repository';

describe('UserRepository (real PostgreSQL)', () => {
  let db: TestDatabase;
  let users: UserRepository;
  let municipalityId: string;

  beforeAll(async () => {
    db = await createTestDatabase({ entities: [MunicipalityEntity, NeighbourhoodEntity, UserEntity] });
    users = new UserRepository(db.dataSource.getRepository(UserEntity));
    const [row] = await db.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO municipality (slug, name_lv, name_ru, name_en) VALUES ('testpils', 'Testpils', 'Тестпилс', 'Testpils') RETURNING id`,
    );
    municipalityId = row.id;
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('stores a user with a generated id and a UTC creation time', async () => {
    const before = Date.now();
    const user = await users.insert({ municipalityId, email: 'anna@example.lv', displayName: 'Anna' });
    expect(user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(user.createdAt.getTime()).toBeGreaterThanOrEqual(before - 5_000);
    expect(await users.findByEmail('anna@example.lv')).toMatchObject({ displayName: 'Anna', municipalityId });
  });

  it('turns a duplicate e-mail into EmailTakenError and stores nothing more', async () => {
    const attempt = users.insert({ municipalityId, email: 'anna@example.lv', displayName: 'Anna 2' });
    await expect(attempt).rejects.toBeInstanceOf(EmailTakenError);
    await expect(attempt).rejects.toMatchObject({ kind: 'conflict', cause: expect.anything() });
    expect(await users.countInMunicipality(municipalityId)).toBe(1);
  });

  it('refuses an e-mail that is not lower-case (one spelling per address)', async () => {
    await expect(users.insert({ municipalityId, email: 'Janis@Example.lv', displayName: 'Jānis' })).rejects.toThrow(
      /app_user_email_lower_check/,
    );
  });

  it('refuses a user of a municipality that does not exist', async () => {
    await expect(
      users.insert({ municipalityId: randomUUID(), email: 'ghost@example.lv', displayName: 'Ghost' }),
    ).rejects.toThrow(/app_user_municipality_id_fkey/);
  });
});
