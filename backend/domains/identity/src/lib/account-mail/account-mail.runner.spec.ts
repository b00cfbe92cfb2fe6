import type { AccountMails } from '../accounts/account-mails';
import type { AuditService } from '../audit/audit.service';
import type { UserEntity } from '../entities/user.entity';
import type { Transactions } from '../persistence/transactions';
import type { UserRepository } from '../persistence/user.repository';
import { fakeTransactions } from '../testing/actors';
import type { OneTimeTokenService } from '../tokens/one-time-token.service';
import type { Clock } from '../util/clock';
import { AccountMailRunner } from './account-mail.runner';

describe('AccountMailRunner (worker)', () => {
  const anna = { id: 'u1', municipalityId: 'm1', locale: 'ru', emailVerifiedAt: null } as UserEntity;
  let users: { findByEmail: jest.Mock };
  let issue: jest.Mock;
  let send: jest.Mock;
  let record: jest.Mock;
  let sut: AccountMailRunner;

  beforeEach(() => {
    users = { findByEmail: jest.fn().mockResolvedValue(anna) };
    issue = jest.fn().mockResolvedValue({ token: 't', id: 'tok1' });
    send = jest.fn();
    record = jest.fn();
    sut = new AccountMailRunner(
      users as unknown as UserRepository,
      { issue } as unknown as OneTimeTokenService,
      { send } as unknown as AccountMails,
      { record } as unknown as AuditService,
      fakeTransactions() as unknown as Transactions,
      { now: () => new Date('2026-06-01T10:00:00Z') } as Clock,
    );
  });

  it('a reset for a known address: an hour-long link, the audit event with the IP, the mail in the account\'s language', async () => {
    expect(await sut.run({ kind: 'reset-password', email: 'anna@example.lv', ipPrefix: '192.0.2.0' })).toBe('done');
    expect(issue).toHaveBeenCalledWith({ tx: true }, 'u1', 'reset-password', 60);
    expect(record).toHaveBeenCalledWith({ tx: true }, {
      action: 'auth.password-reset-requested', municipalityId: 'm1', actorUserId: null, target: { type: 'user', id: 'u1' }, ipPrefix: '192.0.2.0',
    });
    expect(send).toHaveBeenCalledWith('reset-password', { email: 'anna@example.lv', locale: 'ru' }, { token: 't', idempotencyKey: 'u1:tok1' });
  });

  it('a resend for an unverified account: a 48-hour verification link, no audit event', async () => {
    expect(await sut.run({ kind: 'verify-email', email: 'anna@example.lv', ipPrefix: null })).toBe('done');
    expect(issue).toHaveBeenCalledWith({ tx: true }, 'u1', 'verify-email', 48 * 60);
    expect(send).toHaveBeenCalledWith('verify-email', { email: 'anna@example.lv', locale: 'ru' }, { token: 't', idempotencyKey: 'u1:tok1' });
    expect(record).not.toHaveBeenCalled();
  });

  it('a sign-up with a known address mails its owner, at most daily, without a link token', async () => {
    expect(await sut.run({ kind: 'already-registered', email: 'anna@example.lv', ipPrefix: null })).toBe('done');
    expect(send).toHaveBeenCalledWith('already-registered', { email: 'anna@example.lv', locale: 'ru' }, { token: null, idempotencyKey: 'u1:2026-06-01' });
    expect(issue).not.toHaveBeenCalled();
  });

  it.each(['reset-password', 'verify-email', 'already-registered'] as const)('%s for an unknown address: silently nothing', async (kind) => {
    users.findByEmail.mockResolvedValue(null);
    expect(await sut.run({ kind, email: 'nobody@example.lv', ipPrefix: null })).toBe('skipped');
    expect([issue, send, record].flatMap((fn) => fn.mock.calls)).toEqual([]);
  });

  it('a resend for an already verified account: nothing', async () => {
    users.findByEmail.mockResolvedValue({ ...anna, emailVerifiedAt: new Date() });
    expect(await sut.run({ kind: 'verify-email', email: 'anna@example.lv', ipPrefix: null })).toBe('skipped');
    expect(send).not.toHaveBeenCalled();
  });
});
