import type { MunicipalityService } from '@balss/domains/municipality';
import { ForbiddenError } from '@balss/util-errors';
import type { AuditService } from '../audit/audit.service';
import type { PasswordHasher } from '../crypto/password-hasher';
import type { UserEntity } from '../entities/user.entity';
import { PersonalDataRegistry } from '../personal-data/personal-data.registry';
import type { AccessTokenRepository } from '../persistence/access-token.repository';
import type { AuditEventRepository } from '../persistence/audit-event.repository';
import type { OneTimeTokenRepository } from '../persistence/one-time-token.repository';
import type { SessionRepository } from '../persistence/session.repository';
import type { Transactions } from '../persistence/transactions';
import type { UserRepository } from '../persistence/user.repository';
import type { UserRoleRepository } from '../persistence/user-role.repository';
import type { RoleService } from '../roles/role.service';
import { actorWith, fakeTransactions } from '../testing/actors';
import type { Clock } from '../util/clock';
import type { OwnAccountService } from './own-account.service';
import { PersonalDataService } from './personal-data.service';

describe('PersonalDataService.erase', () => {
  const signedInAt = new Date('2026-06-01T10:00:00Z');
  let now: Date;
  let users: jest.Mocked<Pick<UserRepository, 'findByIdForUpdate' | 'erase'>>;
  let hasher: jest.Mocked<Pick<PasswordHasher, 'verify'>>;
  let registry: PersonalDataRegistry;
  let sut: PersonalDataService;
  const deleteAll = () => ({ deleteAllOfUser: jest.fn() });

  beforeEach(() => {
    now = new Date(signedInAt.getTime() + 5 * 60_000);
    users = { findByIdForUpdate: jest.fn().mockResolvedValue({ id: 'u-actor', municipalityId: 'm1', passwordHash: 'h', erasedAt: null } as UserEntity), erase: jest.fn() };
    hasher = { verify: jest.fn().mockResolvedValue(true) };
    registry = new PersonalDataRegistry();
    sut = new PersonalDataService(
      users as unknown as UserRepository,
      { allOf: jest.fn().mockResolvedValue([]), revokeAll: jest.fn() } as unknown as UserRoleRepository,
      deleteAll() as unknown as SessionRepository,
      deleteAll() as unknown as AccessTokenRepository,
      deleteAll() as unknown as OneTimeTokenRepository,
      {} as AuditEventRepository,
      {} as RoleService,
      {} as OwnAccountService,
      registry,
      {} as MunicipalityService,
      hasher as unknown as PasswordHasher,
      { record: jest.fn() } as unknown as AuditService,
      fakeTransactions() as unknown as Transactions,
      { now: () => now } as Clock,
    );
  });

  const actor = () => actorWith(['resident'], { userId: 'u-actor', via: { kind: 'session', sessionId: 's1', method: 'eid', authenticatedAt: signedInAt } });

  it('accepts a sign-in of the last 10 minutes without a password', async () => {
    await sut.erase(actor(), { confirm: true }, null);
    expect(users.erase).toHaveBeenCalled();
  });

  it('wants the password once the sign-in is older, and refuses a wrong one', async () => {
    now = new Date(signedInAt.getTime() + 11 * 60_000);
    await expect(sut.erase(actor(), { confirm: true }, null)).rejects.toMatchObject({ details: { reason: 'REAUTHENTICATION_REQUIRED' } });
    hasher.verify.mockResolvedValue(false);
    await expect(sut.erase(actor(), { confirm: true, password: 'x' }, null)).rejects.toBeInstanceOf(ForbiddenError);
    expect(users.erase).not.toHaveBeenCalled();
  });

  it('lets other domains erase their part inside the same transaction, and refuse', async () => {
    const erase = jest.fn();
    registry.register({ section: 'eid', export: jest.fn(), erase });
    await sut.erase(actor(), { confirm: true }, null);
    expect(erase).toHaveBeenCalledWith('u-actor', { tx: true });
    erase.mockRejectedValue(new ForbiddenError('no'));
    users.erase.mockClear();
    await expect(sut.erase(actor(), { confirm: true }, null)).rejects.toBeInstanceOf(ForbiddenError);
    expect(users.erase).not.toHaveBeenCalled();
  });

  it('is for browser sessions only', async () => {
    await expect(sut.erase(actorWith(['resident'], { via: { kind: 'access-token', tokenId: 't' } }), { confirm: true }, null)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
