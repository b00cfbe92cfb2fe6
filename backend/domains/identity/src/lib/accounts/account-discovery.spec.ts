import { JobName } from '@balss/contracts';
import type { MunicipalityService } from '@balss/domains/municipality';
import type { JobProducer } from '@balss/platform/queue';
import { AccountMailRequests } from '../account-mail/account-mail.requests';
import { PasswordResetService } from './password-reset.service';
import { RegistrationService } from './registration.service';

type Ctor<T> = new (...args: never[]) => T;

/**
 * A dependency the api path must not use at all: any property read is recorded, so a lookup of the
 * address (which would make a known address answer later than an unknown one) fails the test.
 */
function untouchable(name: string, touched: string[]): never {
  return new Proxy({}, { get: (_target, property) => { touched.push(`${name}.${String(property)}`); return () => undefined; } }) as never;
}

/** Builds a service whose only usable dependency is the real AccountMailRequests over a fake JobProducer. */
function build<T>(Service: Ctor<T>, arity: number, requestsAt: number, touched: string[], add: jest.Mock, extra: Record<number, unknown> = {}): T {
  const requests = new AccountMailRequests({ add } as unknown as JobProducer);
  const args = Array.from({ length: arity }, (_, i) => (i === requestsAt ? requests : extra[i] ?? untouchable(`dep${i}`, touched)));
  return new (Service as unknown as new (...a: unknown[]) => T)(...args);
}

describe('account discovery: the api does the same work for every address', () => {
  const KNOWN = ' Resident@Daugavpils.Balss.Example ';
  const UNKNOWN = 'nobody@example.lv';
  let touched: string[];
  let add: jest.Mock;

  beforeEach(() => {
    touched = [];
    add = jest.fn().mockResolvedValue({ jobId: '1' });
  });

  const queued = () => add.mock.calls.map(([name, payload, ...rest]) => ({ name, payload, rest }));

  it('password reset: queues one job with the normalised address and touches nothing else', async () => {
    const sut = build(PasswordResetService, 9, 5, touched, add);
    expect(await sut.request(KNOWN, '192.0.2.0')).toEqual({ status: 'accepted' });
    expect(await sut.request(UNKNOWN, '192.0.2.0')).toEqual({ status: 'accepted' });
    expect(queued()).toEqual([
      { name: JobName.AccountMail, payload: { kind: 'reset-password', email: 'resident@daugavpils.balss.example', ipPrefix: '192.0.2.0' }, rest: [] },
      { name: JobName.AccountMail, payload: { kind: 'reset-password', email: UNKNOWN, ipPrefix: '192.0.2.0' }, rest: [] },
    ]);
    expect(touched).toEqual([]);
  });

  it('verification resend: queues one job with the normalised address and touches nothing else', async () => {
    const sut = build(RegistrationService, 10, 7, touched, add);
    expect(await sut.resendVerification(KNOWN)).toEqual({ status: 'accepted' });
    expect(await sut.resendVerification(UNKNOWN)).toEqual({ status: 'accepted' });
    expect(queued()).toEqual([
      { name: JobName.AccountMail, payload: { kind: 'verify-email', email: 'resident@daugavpils.balss.example', ipPrefix: null }, rest: [] },
      { name: JobName.AccountMail, payload: { kind: 'verify-email', email: UNKNOWN, ipPrefix: null }, rest: [] },
    ]);
    expect(touched).toEqual([]);
  });

  it('registration of a taken address: after the failed insert, only the job — no lookup, no mail', async () => {
    const { EmailTakenError } = await import('../identity.errors');
    const accounts = { createAccount: jest.fn().mockRejectedValue(new EmailTakenError()) };
    const transactions = { run: (work: (tx: unknown) => Promise<unknown>) => work({}) };
    const municipalities = { requireIdBySlug: jest.fn().mockResolvedValue('m1') } as unknown as MunicipalityService;
    const sut = build(RegistrationService, 10, 7, touched, add, { 1: accounts, 4: municipalities, 8: transactions });
    const input = { email: KNOWN, password: 'zaļš tilts pār daugavu', displayName: 'Anna', municipality: 'daugavpils', locale: 'lv' as const };
    expect(await sut.register(input, null)).toEqual({ status: 'accepted' });
    expect(queued()).toEqual([
      { name: JobName.AccountMail, payload: { kind: 'already-registered', email: 'resident@daugavpils.balss.example', ipPrefix: null }, rest: [] },
    ]);
    expect(touched).toEqual([]);
  });
});
