import type { MunicipalityService } from '@balss/domains/municipality';
import { ValidationError } from '@balss/util-errors';
import type { AccountMailRequests } from '../account-mail/account-mail.requests';
import type { AuditService } from '../audit/audit.service';
import type { UserEntity } from '../entities/user.entity';
import { EmailTakenError } from '../identity.errors';
import type { Transactions } from '../persistence/transactions';
import type { UserRepository } from '../persistence/user.repository';
import type { RoleService } from '../roles/role.service';
import { fakeTransactions } from '../testing/actors';
import type { OneTimeTokenService } from '../tokens/one-time-token.service';
import type { Clock } from '../util/clock';
import type { AccountMails } from './account-mails';
import { RegistrationService } from './registration.service';
import type { UserService } from './user.service';

describe('RegistrationService.register', () => {
  let accounts: jest.Mocked<Pick<UserService, 'createAccount'>>;
  let users: jest.Mocked<Pick<UserRepository, 'findByEmail'>>;
  let mails: jest.Mocked<Pick<AccountMails, 'send'>>;
  let requests: jest.Mocked<Pick<AccountMailRequests, 'queue'>>;
  let sut: RegistrationService;
  const input = { email: ' Anna@Example.LV ', password: 'zaļš tilts pār daugavu', displayName: 'Anna', municipality: 'daugavpils', locale: 'ru' as const };

  beforeEach(() => {
    accounts = { createAccount: jest.fn().mockResolvedValue({ id: 'u1' } as UserEntity) };
    users = { findByEmail: jest.fn().mockResolvedValue({ id: 'u0', locale: 'lv' } as UserEntity) };
    mails = { send: jest.fn() };
    requests = { queue: jest.fn() };
    sut = new RegistrationService(
      users as unknown as UserRepository,
      accounts as unknown as UserService,
      { grantInTransaction: jest.fn() } as unknown as RoleService,
      { issue: jest.fn().mockResolvedValue({ token: 't', id: 'tok1' }) } as unknown as OneTimeTokenService,
      { requireIdBySlug: jest.fn().mockResolvedValue('m1') } as unknown as MunicipalityService,
      mails as unknown as AccountMails,
      { record: jest.fn() } as unknown as AuditService,
      requests as unknown as AccountMailRequests,
      fakeTransactions() as unknown as Transactions,
      { now: () => new Date('2026-06-01T10:00:00Z') } as Clock,
    );
  });

  it('creates the account and mails a verification link in the chosen language', async () => {
    expect(await sut.register(input, null)).toEqual({ status: 'accepted' });
    expect(mails.send).toHaveBeenCalledWith('verify-email', { email: 'anna@example.lv', locale: 'ru' }, { token: 't', idempotencyKey: 'u1:tok1' });
  });

  it('answers a known address the same way and leaves the lookup and the owner\'s mail to the worker', async () => {
    accounts.createAccount.mockRejectedValue(new EmailTakenError());
    expect(await sut.register(input, '192.0.2.0')).toEqual({ status: 'accepted' });
    expect(requests.queue).toHaveBeenCalledWith('already-registered', 'anna@example.lv', '192.0.2.0');
    expect(users.findByEmail).not.toHaveBeenCalled();
    expect(mails.send).not.toHaveBeenCalled();
  });

  it('refuses a weak password before creating anything', async () => {
    await expect(sut.register({ ...input, password: 'password1234' }, null)).rejects.toBeInstanceOf(ValidationError);
    expect(accounts.createAccount).not.toHaveBeenCalled();
  });
});
