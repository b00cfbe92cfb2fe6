import { AuthRoutes } from '@balss/contracts';
import { type IdentityTestEnv, startIdentityTestEnv } from '../support/identity-app';

describe('rate limits on sign-in and recovery (AUTH_RATE_LIMIT_PER_ACCOUNT=3, AUTH_RATE_LIMIT_PER_IP=6)', () => {
  let env: IdentityTestEnv;

  beforeAll(async () => {
    env = await startIdentityTestEnv({ AUTH_RATE_LIMIT_PER_ACCOUNT: '3', AUTH_RATE_LIMIT_PER_IP: '6' }, 10);
  });

  afterAll(async () => {
    await env?.close();
  });

  const attempt = async (email: string) =>
    (await env.browser().primeCsrf()).post(AuthRoutes.login, { body: { email, password: 'a wrong password' } });

  it('limits guesses at one account, whatever the spelling of its address, with 429 and Retry-After', async () => {
    for (const email of ['target@example.lv', 'TARGET@example.lv', ' target@example.lv']) {
      expect((await attempt(email.trim())).status).toBe(401);
    }
    const blocked = await attempt('Target@Example.lv');
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('Retry-After') });
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    const failures = await env.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.sign-in-failed'`);
    expect(failures[0].n).toBe(3);
  });

  it('limits one client spreading guesses over many accounts (per IP)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await attempt(`spray${i}@example.lv`)).status);
    }
    // The four attempts above (the refused one counts too) plus these: the sixth is the last let through.
    expect(statuses).toEqual([401, 401, 429, 429]);
  });

  it('counts each endpoint separately: a blocked sign-in does not block a password reset request', async () => {
    const res = await (await env.browser().primeCsrf()).post(AuthRoutes.passwordReset, { body: { email: 'target@example.lv' } });
    expect(res.status).toBe(202);
  });

  it('leaves ordinary reads alone', async () => {
    expect((await env.browser().get('/api/municipalities')).status).toBe(200);
  });
});
