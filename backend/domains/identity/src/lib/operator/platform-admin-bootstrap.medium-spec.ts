import { MunicipalityEntity, NeighbourhoodEntity } from '@balss/domains/municipality';
import { createTestDatabase, type TestDatabase } from '@balss/platform/database/testing';
import { AuditService } from '../audit/audit.service';
import { AuditEventEntity } from '../entities/audit-event.entity';
import { UserRoleEntity } from '../entities/user-role.entity';
import { UserEntity } from '../entities/user.entity';
import { AuditEventRepository } from '../persistence/audit-event.repository';
import { Transactions } from '../persistence/transactions';
import { UserRoleRepository } from '../persistence/user-role.repository';
import { UserRepository } from '../persistence/user.repository';
import { PlatformAdminBootstrapService, PlatformAdminRefusedError } from './platform-admin-bootstrap.service';

describe('PlatformAdminBootstrapService (real PostgreSQL)', () => {
  let db: TestDatabase;
  let users: UserRepository;
  let sut: PlatformAdminBootstrapService;
  let municipalityId: string;

  const newUser = (email: string, verified: boolean) =>
    users.insert(db.dataSource.manager, {
      municipalityId,
      email,
      displayName: 'Operator',
      locale: 'lv',
      emailVerifiedAt: verified ? new Date() : null,
    });
  const platformRoles = () =>
    db.dataSource.query<Array<{ user_id: string }>>(`SELECT user_id FROM user_role WHERE role = 'platform_admin'`);
  const audits = () =>
    db.dataSource.query<Array<{ municipality_id: string; actor_user_id: string | null; target_id: string; details: unknown }>>(
      `SELECT municipality_id, actor_user_id, target_id, details FROM audit_event WHERE action = 'role.granted'`,
    );

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [MunicipalityEntity, NeighbourhoodEntity, UserEntity, UserRoleEntity, AuditEventEntity],
    });
    users = new UserRepository(db.dataSource);
    sut = new PlatformAdminBootstrapService(
      users,
      new UserRoleRepository(db.dataSource),
      new AuditService(new AuditEventRepository(db.dataSource)),
      new Transactions(db.dataSource),
    );
    const [row] = await db.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO municipality (slug, name_lv, name_ru, name_en) VALUES ('testpils', 'T', 'T', 'T') RETURNING id`,
    );
    municipalityId = row.id;
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('grants platform_admin globally to a verified account, audited once, and changes nothing the second time', async () => {
    const user = await newUser('operator@example.lv', true);

    expect(await sut.grant('  Operator@Example.lv ')).toEqual({ outcome: 'granted', userId: user.id });
    expect(await sut.grant('operator@example.lv')).toEqual({ outcome: 'already-held', userId: user.id });

    expect(await platformRoles()).toEqual([{ user_id: user.id }]);
    expect(await audits()).toEqual([
      { municipality_id: municipalityId, actor_user_id: null, target_id: user.id, details: { role: 'platform_admin', via: 'cli' } },
    ]);
  });

  it('refuses an unknown address and an unverified account, writing nothing', async () => {
    await newUser('unverified@example.lv', false);
    const before = { roles: (await platformRoles()).length, audits: (await audits()).length };

    await expect(sut.grant('nobody@example.lv')).rejects.toThrow(
      new PlatformAdminRefusedError(
        'There is no account with the address nobody@example.lv. Register it on the site first and verify the address, then run this again.',
      ),
    );
    await expect(sut.grant('unverified@example.lv')).rejects.toThrow(/has not verified its address yet/);

    expect({ roles: (await platformRoles()).length, audits: (await audits()).length }).toEqual(before);
  });
});
