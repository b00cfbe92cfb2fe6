import { MunicipalityEntity, NeighbourhoodEntity } from '@balss/domains/municipality';
import { createTestDatabase, type TestDatabase } from '@balss/platform/database/testing';
import { hashSecret } from '../crypto/secrets';
import { AccessTokenEntity } from '../entities/access-token.entity';
import { AuditEventEntity } from '../entities/audit-event.entity';
import { OneTimeTokenEntity } from '../entities/one-time-token.entity';
import { SessionEntity } from '../entities/session.entity';
import { UserRoleEntity } from '../entities/user-role.entity';
import { UserEntity } from '../entities/user.entity';
import { EmailTakenError } from '../identity.errors';
import { OneTimeTokenRepository } from './one-time-token.repository';
import { SessionRepository } from './session.repository';
import { UserRoleRepository } from './user-role.repository';
import { UserRepository } from './user.repository';

describe('identity repositories (real PostgreSQL)', () => {
  let db: TestDatabase;
  let users: UserRepository;
  let roles: UserRoleRepository;
  let sessions: SessionRepository;
  let oneTime: OneTimeTokenRepository;
  let municipalityId: string;
  let otherMunicipalityId: string;

  const newUser = (email: string | null, municipality = municipalityId) =>
    users.insert(db.dataSource.manager, { municipalityId: municipality, email, displayName: 'Test', locale: 'lv' });

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [MunicipalityEntity, NeighbourhoodEntity, UserEntity, UserRoleEntity, SessionEntity, AccessTokenEntity, OneTimeTokenEntity, AuditEventEntity],
    });
    users = new UserRepository(db.dataSource);
    roles = new UserRoleRepository(db.dataSource);
    sessions = new SessionRepository(db.dataSource);
    oneTime = new OneTimeTokenRepository(db.dataSource);
    const rows = await db.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO municipality (slug, name_lv, name_ru, name_en) VALUES ('testpils', 'T', 'T', 'T'), ('otrapils', 'O', 'O', 'O') RETURNING id`,
    );
    [municipalityId, otherMunicipalityId] = rows.map((row) => row.id);
  });

  afterAll(async () => {
    await db?.drop();
  });

  describe('users', () => {
    it('turns a duplicate e-mail into EmailTakenError, and allows many accounts without one', async () => {
      await newUser('anna@example.lv');
      await expect(newUser('anna@example.lv')).rejects.toBeInstanceOf(EmailTakenError);
      await newUser(null);
      await newUser(null);
    });

    it('refuses a tombstone that still holds identity, and keeps a real one', async () => {
      const user = await newUser('gone@example.lv');
      await expect(
        db.dataSource.query(`UPDATE app_user SET erased_at = now() WHERE id = $1`, [user.id]),
      ).rejects.toThrow(/app_user_erased_check/);
      await users.erase(db.dataSource.manager, user.id, new Date());
      expect(await users.findById(user.id)).toMatchObject({ email: null, displayName: null, passwordHash: null });
      expect(await users.findByEmail('gone@example.lv')).toBeNull();
    });
  });

  describe('roles', () => {
    it('grants idempotently, per municipality, with platform_admin only global', async () => {
      const user = await newUser('roles@example.lv');
      const m = db.dataSource.manager;
      expect(await roles.grant(m, { userId: user.id, municipalityId, role: 'admin', grantedBy: null })).toBe(true);
      expect(await roles.grant(m, { userId: user.id, municipalityId, role: 'admin', grantedBy: null })).toBe(false);
      expect(await roles.grant(m, { userId: user.id, municipalityId: null, role: 'platform_admin', grantedBy: null })).toBe(true);
      expect(await roles.grant(m, { userId: user.id, municipalityId: null, role: 'platform_admin', grantedBy: null })).toBe(false);
      await expect(roles.grant(m, { userId: user.id, municipalityId: null, role: 'admin', grantedBy: null })).rejects.toThrow(
        /user_role_scope_check/,
      );
      expect(await roles.rolesIn(user.id, municipalityId)).toEqual(['admin', 'platform_admin']);
      expect(await roles.rolesIn(user.id, otherMunicipalityId)).toEqual(['platform_admin']);
      expect(await roles.revoke(m, { userId: user.id, municipalityId, role: 'admin' })).toBe(true);
      expect(await roles.revoke(m, { userId: user.id, municipalityId, role: 'admin' })).toBe(false);
    });

    it('counts the administrators of a municipality, ignoring erased accounts', async () => {
      const a = await newUser('a1@example.lv', otherMunicipalityId);
      await roles.grant(db.dataSource.manager, { userId: a.id, municipalityId: otherMunicipalityId, role: 'admin', grantedBy: null });
      const count = await db.dataSource.transaction((tx) => roles.lockAndCountHolders(tx, otherMunicipalityId, 'admin'));
      expect(count).toBe(1);
    });
  });

  describe('sessions', () => {
    it('finds a session only while it is neither idle too long nor past its absolute end', async () => {
      const user = await newUser('sess@example.lv');
      const now = new Date('2026-06-01T10:00:00Z');
      await sessions.insert(db.dataSource.manager, {
        tokenHash: hashSecret('t1'),
        userId: user.id,
        municipalityId,
        authMethod: 'password',
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + 8 * 3_600_000),
        ipPrefix: null,
        userAgent: null,
      });
      const idle = 30 * 60_000;
      expect(await sessions.findLive(hashSecret('t1'), new Date(now.getTime() + 29 * 60_000), idle)).not.toBeNull();
      expect(await sessions.findLive(hashSecret('t1'), new Date(now.getTime() + 31 * 60_000), idle)).toBeNull();
      expect(await sessions.findLive(hashSecret('t2'), now, idle)).toBeNull();
      const ended = await sessions.deleteByTokenHash(hashSecret('t1'));
      expect(ended).toMatchObject({ userId: user.id, municipalityId });
      expect(await sessions.deleteByTokenHash(hashSecret('t1'))).toBeNull();
    });
  });

  describe('one-time tokens', () => {
    it('can be consumed once, only for their purpose, only before they expire', async () => {
      const user = await newUser('ott@example.lv');
      const m = db.dataSource.manager;
      const now = new Date();
      await oneTime.insert(m, { userId: user.id, purpose: 'verify-email', tokenHash: hashSecret('v1'), expiresAt: new Date(now.getTime() + 60_000) });
      await oneTime.insert(m, { userId: user.id, purpose: 'verify-email', tokenHash: hashSecret('v2'), expiresAt: new Date(now.getTime() - 1) });
      expect(await oneTime.consume(m, hashSecret('v1'), 'reset-password', now)).toBeNull();
      expect(await oneTime.consume(m, hashSecret('v1'), 'verify-email', now)).toMatchObject({ userId: user.id });
      expect(await oneTime.consume(m, hashSecret('v1'), 'verify-email', now)).toBeNull();
      expect(await oneTime.consume(m, hashSecret('v2'), 'verify-email', now)).toBeNull();
    });
  });
});
