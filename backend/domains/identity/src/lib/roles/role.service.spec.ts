import { ForbiddenError, NotFoundError, RuleViolationError } from '@balss/util-errors';
import type { AuditService } from '../audit/audit.service';
import type { UserEntity } from '../entities/user.entity';
import type { Transactions } from '../persistence/transactions';
import type { UserRepository } from '../persistence/user.repository';
import type { UserRoleRepository } from '../persistence/user-role.repository';
import { actorWith, fakeTransactions } from '../testing/actors';
import { RoleService } from './role.service';

describe('RoleService', () => {
  let users: jest.Mocked<Pick<UserRepository, 'findByIdForUpdate'>>;
  let roles: jest.Mocked<Pick<UserRoleRepository, 'grant' | 'revoke' | 'rolesIn' | 'lockAndCountHolders'>>;
  let audit: jest.Mocked<Pick<AuditService, 'record'>>;
  let sut: RoleService;
  const admin = actorWith(['admin']);
  const user = (municipalityId = 'm1', erasedAt: Date | null = null) => ({ id: 'u2', municipalityId, erasedAt }) as UserEntity;

  beforeEach(() => {
    users = { findByIdForUpdate: jest.fn().mockResolvedValue(user()) };
    roles = {
      grant: jest.fn().mockResolvedValue(true),
      revoke: jest.fn().mockResolvedValue(true),
      rolesIn: jest.fn().mockResolvedValue(['admin']),
      lockAndCountHolders: jest.fn().mockResolvedValue(2),
    };
    audit = { record: jest.fn() };
    sut = new RoleService(
      users as unknown as UserRepository,
      roles as unknown as UserRoleRepository,
      audit as unknown as AuditService,
      fakeTransactions() as unknown as Transactions,
    );
  });

  it('checks the permission before touching anything', async () => {
    await expect(sut.grant(actorWith(['auditor']), 'u2', 'reviewer', null)).rejects.toBeInstanceOf(ForbiddenError);
    expect(users.findByIdForUpdate).not.toHaveBeenCalled();
  });

  it('grants in the actor’s municipality and audits only a real change', async () => {
    await sut.grant(admin, 'u2', 'reviewer', '203.0.113.0/24');
    expect(roles.grant).toHaveBeenCalledWith(expect.anything(), { userId: 'u2', municipalityId: 'm1', role: 'reviewer', grantedBy: 'u-actor' });
    expect(audit.record).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ action: 'role.granted', details: { role: 'reviewer' } }));
    roles.grant.mockResolvedValue(false);
    audit.record.mockClear();
    await sut.grant(admin, 'u2', 'reviewer', null);
    expect(audit.record).not.toHaveBeenCalled();
  });

  it('answers a user of another municipality, or an erased one, like a missing one', async () => {
    users.findByIdForUpdate.mockResolvedValue(user('m2'));
    await expect(sut.grant(admin, 'u2', 'reviewer', null)).rejects.toBeInstanceOf(NotFoundError);
    users.findByIdForUpdate.mockResolvedValue(user('m1', new Date()));
    await expect(sut.grant(admin, 'u2', 'reviewer', null)).rejects.toBeInstanceOf(NotFoundError);
    expect(roles.grant).not.toHaveBeenCalled();
  });

  it('never touches platform_admin', async () => {
    await expect(sut.grant(admin, 'u2', 'platform_admin', null)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sut.revoke(admin, 'u2', 'platform_admin', null)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuses to revoke the last administrator, and allows it when another remains', async () => {
    roles.lockAndCountHolders.mockResolvedValue(1);
    await expect(sut.revoke(admin, 'u2', 'admin', null)).rejects.toBeInstanceOf(RuleViolationError);
    expect(roles.revoke).not.toHaveBeenCalled();
    roles.lockAndCountHolders.mockResolvedValue(2);
    await sut.revoke(admin, 'u2', 'admin', null);
    expect(roles.revoke).toHaveBeenCalled();
  });
});
