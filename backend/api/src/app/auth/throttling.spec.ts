import type { ExecutionContext } from '@nestjs/common';
import { AuthRateLimit } from '@balss/platform/auth';
import { loadConfig } from '@balss/platform/config';
import { AUTH_ACCOUNT_THROTTLER, AUTH_IP_THROTTLER, throttlerOptions } from './throttling';

class Endpoints {
  @AuthRateLimit({ policy: 'sign-in', accountField: 'email' })
  login(): string {
    return 'login';
  }

  @AuthRateLimit({ policy: 'code-redemption', accountField: 'code' })
  redeem(): string {
    return 'redeem';
  }

  list(): string {
    return 'list';
  }
}

const context = (handler: keyof Endpoints, body: unknown = {}) =>
  ({
    getHandler: () => Endpoints.prototype[handler],
    getClass: () => Endpoints,
    switchToHttp: () => ({ getRequest: () => ({ body }) }),
  }) as unknown as ExecutionContext;

describe('auth throttlers', () => {
  const config = loadConfig({ DATABASE_URL: 'postgres://x@h/db', REDIS_URL: 'redis://h', AUTH_RATE_LIMIT_PER_IP: '30', AUTH_RATE_LIMIT_PER_ACCOUNT: '10' });
  const options = throttlerOptions(config);
  const throttlers = Array.isArray(options) ? options : options.throttlers;
  const byName = (name: string) => throttlers.find((t) => t.name === name);
  const perIp = byName(AUTH_IP_THROTTLER);
  const perAccount = byName(AUTH_ACCOUNT_THROTTLER);

  it('apply only to @AuthRateLimit endpoints; the default one to everything', () => {
    expect(perIp?.skipIf?.(context('list'))).toBe(true);
    expect(perIp?.skipIf?.(context('login'))).toBe(false);
    expect(byName('default')?.skipIf).toBeUndefined();
  });

  it('allow a classroom more code redemptions per IP than sign-ins', async () => {
    const limit = perIp?.limit as (c: ExecutionContext) => number;
    expect(limit(context('login'))).toBe(30);
    expect(limit(context('redeem'))).toBe(150);
  });

  it('track the account by its folded identifier, and skip requests without one', async () => {
    expect(await perAccount?.getTracker?.({}, context('login', { email: ' Anna@Example.LV ' }))).toBe('account:anna@example.lv');
    expect(await perAccount?.getTracker?.({}, context('redeem', { code: 'abcd-efgh-jk' }))).toBe('account:abcdefghjk');
    expect(perAccount?.skipIf?.(context('login', {}))).toBe(true);
    expect(perAccount?.skipIf?.(context('login', { email: 42 }))).toBe(true);
  });
});
