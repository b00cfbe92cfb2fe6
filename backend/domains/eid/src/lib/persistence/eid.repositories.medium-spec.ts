import { randomBytes } from 'node:crypto';
import { UserEntity } from '@balss/domains/identity';
import { MunicipalityEntity, NeighbourhoodEntity } from '@balss/domains/municipality';
import { createTestDatabase, type TestDatabase } from '@balss/platform/database/testing';
import { EidIdentityEntity } from '../entities/eid-identity.entity';
import { EidLoginAttemptEntity } from '../entities/eid-login-attempt.entity';
import { EidProviderEntity } from '../entities/eid-provider.entity';
import { EidIdentityRepository } from './eid-identity.repository';
import { EidLoginAttemptRepository } from './eid-login-attempt.repository';
import { EidProviderRepository } from './eid-provider.repository';

describe('e-ID repositories (real PostgreSQL)', () => {
  let db: TestDatabase;
  let attempts: EidLoginAttemptRepository;
  let links: EidIdentityRepository;
  let providers: EidProviderRepository;
  let municipalityId: string;
  let providerId: string;

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [
        MunicipalityEntity,
        NeighbourhoodEntity,
        UserEntity,
        EidIdentityEntity,
        EidLoginAttemptEntity,
        EidProviderEntity,
      ],
    });
    attempts = new EidLoginAttemptRepository(db.dataSource.getRepository(EidLoginAttemptEntity));
    links = new EidIdentityRepository(db.dataSource.getRepository(EidIdentityEntity));
    providers = new EidProviderRepository(db.dataSource.getRepository(EidProviderEntity));
    [{ id: municipalityId }] = await db.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO municipality (slug, name_lv, name_ru, name_en) VALUES ('testpils', 'T', 'T', 'T') RETURNING id`,
    );
    const settings = {
      issuerUrl: 'https://id.example',
      clientId: 'c',
      clientSecretEnv: 'EID_CLIENT_SECRET_T',
      scopes: 'openid',
      personalCodeClaim: 'pk',
      enabled: true,
    };
    await providers.upsert(municipalityId, settings);
    await providers.upsert(municipalityId, { ...settings, clientId: 'c2' });
    providerId = (await providers.findEnabledForMunicipality(municipalityId))?.id ?? '';
  });

  afterAll(async () => {
    await db?.drop();
  });

  const newAttempt = (state: string, expiresAt: Date) =>
    attempts.insert({
      state,
      municipalityId,
      providerId,
      browserBindingHash: randomBytes(32),
      codeVerifier: 'v'.repeat(43),
      nonce: 'n'.repeat(43),
      returnTo: '/',
      expiresAt,
    });

  it('keeps one provider per municipality (an upsert replaces it)', async () => {
    expect((await providers.findEnabledForMunicipality(municipalityId))?.clientId).toBe('c2');
    expect(await db.dataSource.getRepository(EidProviderEntity).count()).toBe(1);
  });

  it('completes an attempt exactly once, even when callbacks race', async () => {
    await newAttempt('race', new Date(Date.now() + 60_000));
    const attempt = await attempts.findByState('race');
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => attempts.complete(attempt?.id ?? '', new Date())),
    );
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect((await attempts.findByState('race'))?.completedAt).not.toBeNull();
  });

  it('forgets attempts that expired before the cut-off', async () => {
    await newAttempt('old', new Date(Date.now() - 2 * 3600_000));
    await newAttempt('fresh', new Date(Date.now() + 60_000));
    expect(await attempts.deleteExpiredBefore(new Date(Date.now() - 3600_000))).toBe(1);
    expect(await attempts.findByState('old')).toBeNull();
    expect(await attempts.findByState('fresh')).not.toBeNull();
  });

  it("serialises two first sign-ins of one person: the second finds the first one's link", async () => {
    const [{ id: userA }] = await db.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO app_user (municipality_id, display_name) VALUES ($1, 'A') RETURNING id`,
      [municipalityId],
    );
    const [{ id: userB }] = await db.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO app_user (municipality_id, display_name) VALUES ($1, 'B') RETURNING id`,
      [municipalityId],
    );
    const hash = randomBytes(32);
    const signIn = (userId: string) =>
      db.dataSource.transaction(async (tx) => {
        const found = await links.lockAndFindByHash(tx, hash);
        if (found) {
          return found.userId;
        }
        await new Promise((r) => setTimeout(r, 100)); // widen the race window
        await links.insert(tx, { userId, personalCodeHash: hash, lastSignInAt: new Date() });
        return userId;
      });
    const [first, second] = await Promise.all([signIn(userA), signIn(userB)]);
    expect(first).toBe(second);
    expect(await db.dataSource.getRepository(EidIdentityEntity).count({ where: { personalCodeHash: hash } })).toBe(1);
  });
});
