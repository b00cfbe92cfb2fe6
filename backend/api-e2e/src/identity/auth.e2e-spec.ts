import { AuthRoutes, CSRF_COOKIE, type CurrentUserDto, SESSION_COOKIE } from '@balss/contracts';
import { DEMO_PASSWORD } from '@balss/domains/identity';
import { HttpClient } from '../support/http-client';
import { type IdentityTestEnv, mailCount, nextMail, startIdentityTestEnv, tokenFromMail } from '../support/identity-app';

const ANNA = { email: 'Anna.Berzina@Example.lv', password: 'zaļš tilts pār daugavu', displayName: 'Anna Bērziņa', municipality: 'daugavpils', locale: 'lv' };
const RESIDENT = 'resident@daugavpils.balss.example';

describe('accounts: register, verify, sign in, sign out, reset (real PostgreSQL, Redis, SMTP)', () => {
  let env: IdentityTestEnv;
  const count = async (sql: string, params: unknown[] = []) => Number((await env.dataSource.query(sql, params))[0].n);
  const auditCount = (action: string) => count(`SELECT count(*) AS n FROM audit_event WHERE action = $1`, [action]);

  beforeAll(async () => {
    env = await startIdentityTestEnv({}, 5);
  });

  afterAll(async () => {
    await env?.close();
  });

  describe('registration and verification', () => {
    it('registers, e-mails a verification link in the chosen language, and signs in only after verifying', async () => {
      const browser = await env.browser().primeCsrf();
      const seen = await mailCount('anna.berzina@example.lv');
      const res = await browser.post(AuthRoutes.register, { body: ANNA });
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ status: 'accepted' });

      const early = await browser.post(AuthRoutes.login, { body: { email: ANNA.email, password: ANNA.password } });
      expect(early.status).toBe(403);
      expect(early.body).toMatchObject({ code: 'FORBIDDEN', details: { reason: 'EMAIL_NOT_VERIFIED' } });

      const { token, mail } = await tokenFromMail('anna.berzina@example.lv', seen);
      expect(mail.subject).toMatch(/Apstipriniet/);
      expect(mail.text).toContain('http://balss.test/account/verify-email#token=');
      expect((await browser.post(AuthRoutes.verifyEmail, { body: { token } })).status).toBe(204);

      const again = await browser.post(AuthRoutes.verifyEmail, { body: { token } });
      expect(again.status).toBe(400);
      expect(again.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'token', reason: 'used' }] });

      const login = await browser.post(AuthRoutes.login, { body: { email: 'anna.berzina@example.lv', password: ANNA.password } });
      expect(login.status).toBe(200);
      expect(login.body).toMatchObject<Partial<CurrentUserDto>>({
        email: 'anna.berzina@example.lv',
        emailVerified: true,
        roles: ['resident'],
        municipality: expect.objectContaining({ slug: 'daugavpils' }),
        credential: 'session',
        authMethod: 'password',
      });
      expect(login.headers['set-cookie']?.toString()).toMatch(new RegExp(`${SESSION_COOKIE}=[^;]+; Path=/; HttpOnly; SameSite=Lax`));
      const me = await browser.get(AuthRoutes.me);
      expect(me.status).toBe(200);
      expect(me.body.id).toBe(login.body.id);
      expect(await auditCount('account.registered')).toBe(1);
      expect(await auditCount('auth.email-verified')).toBe(1);
    });

    it('answers a second registration of a known address exactly like a new one, and mails the owner instead', async () => {
      const before = await count(`SELECT count(*) AS n FROM app_user`);
      const seen = await mailCount('anna.berzina@example.lv');
      const browser = await env.browser().primeCsrf();
      const res = await browser.post(AuthRoutes.register, { body: { ...ANNA, email: 'ANNA.berzina@example.lv', password: 'another long passphrase' } });
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ status: 'accepted' });
      expect(await count(`SELECT count(*) AS n FROM app_user`)).toBe(before);
      expect((await nextMail('anna.berzina@example.lv', seen)).subject).toMatch(/jau ir Balss konts/);
    });

    it.each([
      ['a weak password', { ...ANNA, email: 'weak@example.lv', password: 'password1234' }, 'password'],
      ['a short password', { ...ANNA, email: 'short@example.lv', password: 'kaķis' }, 'password'],
      ['an unknown field', { ...ANNA, email: 'field@example.lv', isAdmin: true }, 'isAdmin'],
      ['a wrong type', { ...ANNA, email: 42 }, 'email'],
      ['an unsupported language', { ...ANNA, email: 'de@example.lv', locale: 'de' }, 'locale'],
    ])('refuses %s with 400 naming the field, storing nothing', async (_what, body, field) => {
      const before = await count(`SELECT count(*) AS n FROM app_user`);
      const res = await (await env.browser().primeCsrf()).post(AuthRoutes.register, { body });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect((res.body.details as Array<{ field: string }>).map((d) => d.field)).toContain(field);
      expect(await count(`SELECT count(*) AS n FROM app_user`)).toBe(before);
    });

    it('answers 404 for an unknown municipality', async () => {
      const res = await (await env.browser().primeCsrf()).post(AuthRoutes.register, { body: { ...ANNA, email: 'x@example.lv', municipality: 'atlantis' } });
      expect(res.status).toBe(404);
    });

    it('refuses an expired and a made-up verification token with 400 saying which', async () => {
      const browser = await env.browser().primeCsrf();
      const seen = await mailCount('late@example.lv');
      await browser.post(AuthRoutes.register, { body: { ...ANNA, email: 'late@example.lv' } });
      const { token } = await tokenFromMail('late@example.lv', seen);
      await env.dataSource.query(`UPDATE one_time_token SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL`);
      const expired = await browser.post(AuthRoutes.verifyEmail, { body: { token } });
      expect(expired.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ reason: 'expired' }] });
      const unknown = await browser.post(AuthRoutes.verifyEmail, { body: { token: 'x'.repeat(43) } });
      expect(unknown.body.details).toEqual([expect.objectContaining({ reason: 'unknown' })]);
      expect(await count(`SELECT count(*) AS n FROM app_user WHERE email = 'late@example.lv' AND email_verified_at IS NOT NULL`)).toBe(0);
    });
  });

  describe('verification resend', () => {
    it('mails a new link to an unverified account, and nothing to an unknown or a verified one', async () => {
      const browser = await env.browser().primeCsrf();
      const first = await mailCount('slow@example.lv');
      await browser.post(AuthRoutes.register, { body: { ...ANNA, email: 'slow@example.lv' } });
      await nextMail('slow@example.lv', first);
      const seen = await mailCount('slow@example.lv');
      const before = { ghost: await mailCount('ghost2@example.lv'), resident: await mailCount(RESIDENT) };
      // In order: the worker handles account jobs one at a time, so the last mail arriving means the
      // unknown and the verified addresses' jobs are done.
      const unknown = await browser.post(AuthRoutes.resendVerification, { body: { email: 'ghost2@example.lv' } });
      const verified = await browser.post(AuthRoutes.resendVerification, { body: { email: RESIDENT } });
      const unverified = await browser.post(AuthRoutes.resendVerification, { body: { email: 'SLOW@example.lv' } });
      expect([unknown.status, verified.status, unverified.status]).toEqual([202, 202, 202]);
      expect(verified.body).toEqual(unknown.body);
      expect(unverified.body).toEqual(unknown.body);
      const { token, mail } = await tokenFromMail('slow@example.lv', seen);
      expect(mail.subject).toMatch(/Apstipriniet/);
      expect((await browser.post(AuthRoutes.verifyEmail, { body: { token } })).status).toBe(204);
      expect({ ghost: await mailCount('ghost2@example.lv'), resident: await mailCount(RESIDENT) }).toEqual(before);
    });
  });

  describe('sign-in and sign-out', () => {
    it('answers a wrong password and an unknown address identically, and audits both', async () => {
      const before = await auditCount('auth.sign-in-failed');
      const browser = await env.browser().primeCsrf();
      const wrong = await browser.post(AuthRoutes.login, { body: { email: RESIDENT, password: 'not the password' } });
      const unknown = await browser.post(AuthRoutes.login, { body: { email: 'nobody@example.lv', password: 'not the password' } });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body.message).toBe(unknown.body.message);
      expect(await auditCount('auth.sign-in-failed')).toBe(before + 2);
      const [row] = await env.dataSource.query(`SELECT ip_prefix, details FROM audit_event WHERE action = 'auth.sign-in-failed' ORDER BY at DESC LIMIT 1`);
      expect(row.details).toEqual({ reason: 'unknown-account' });
      expect(row.ip_prefix).toMatch(/\/(24|48)$/);
    });

    it('signs out: the cookie stops working and the server forgets the session', async () => {
      const browser = await env.signIn(RESIDENT, DEMO_PASSWORD);
      const token = browser.cookies.get(SESSION_COOKIE) as string;
      expect((await browser.post(AuthRoutes.logout)).status).toBe(204);
      expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
      const replay = new HttpClient(env.server);
      replay.cookies.set(SESSION_COOKIE, token);
      expect((await replay.get(AuthRoutes.me)).status).toBe(401);
      expect(await auditCount('auth.sign-out')).toBeGreaterThanOrEqual(1);
    });

    it('refuses a forged session cookie with 401 on protected routes and treats it as anonymous on public ones', async () => {
      const forged = new HttpClient(env.server);
      forged.cookies.set(SESSION_COOKIE, 'A'.repeat(43));
      const res = await forged.get(AuthRoutes.me);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED', requestId: expect.any(String) });
      expect((await forged.get('/api/municipalities')).status).toBe(200);
    });

    it('ends an idle session after SESSION_IDLE_MINUTES and any session at its absolute end', async () => {
      const idle = await env.signIn(RESIDENT, DEMO_PASSWORD);
      await env.dataSource.query(`UPDATE session SET last_seen_at = now() - interval '31 minutes'`);
      expect((await idle.get(AuthRoutes.me)).status).toBe(401);
      const old = await env.signIn(RESIDENT, DEMO_PASSWORD);
      await env.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 second'`);
      expect((await old.get(AuthRoutes.me)).status).toBe(401);
    });

    it('replaces a session at sign-in instead of reusing it (no fixation)', async () => {
      const browser = await env.signIn(RESIDENT, DEMO_PASSWORD);
      const first = browser.cookies.get(SESSION_COOKIE);
      await browser.post(AuthRoutes.login, { body: { email: RESIDENT, password: DEMO_PASSWORD } });
      expect(browser.cookies.get(SESSION_COOKIE)).not.toBe(first);
      const stale = new HttpClient(env.server);
      stale.cookies.set(SESSION_COOKIE, first as string);
      expect((await stale.get(AuthRoutes.me)).status).toBe(401);
    });
  });

  describe('CSRF', () => {
    it('refuses a state-changing request without the header, with a wrong one, or with a planted pair', async () => {
      const browser = await env.signIn(RESIDENT, DEMO_PASSWORD);
      const missing = await browser.put(AuthRoutes.mePassword, { body: { currentPassword: DEMO_PASSWORD, newPassword: 'a new long passphrase' }, csrf: false });
      expect(missing.status).toBe(403);
      expect(missing.body).toMatchObject({ code: 'FORBIDDEN', details: { reason: 'CSRF' } });
      const wrong = await browser.put(AuthRoutes.mePassword, { body: {}, csrf: 'guess' });
      expect(wrong.body.details).toEqual({ reason: 'CSRF' });
      browser.cookies.set(CSRF_COOKIE, 'planted');
      const planted = await browser.post(AuthRoutes.logout, { csrf: 'planted' });
      expect(planted.status).toBe(403);
      expect((await browser.get(AuthRoutes.me)).status).toBe(200);
    });

    it('refuses an anonymous sign-in without the pair (login CSRF)', async () => {
      const before = await count(`SELECT count(*) AS n FROM session`);
      const res = await env.browser().post(AuthRoutes.login, { body: { email: RESIDENT, password: DEMO_PASSWORD } });
      expect(res.status).toBe(403);
      expect(res.headers['set-cookie']?.toString() ?? '').not.toContain(SESSION_COOKIE);
      expect(await count(`SELECT count(*) AS n FROM session`)).toBe(before);
    });
  });

  describe('password reset', () => {
    it('answers the same for known and unknown addresses, mails only the known one', async () => {
      const browser = await env.browser().primeCsrf();
      const seen = await mailCount('mentor@daugavpils.balss.example');
      const ghostsBefore = await mailCount('ghost@example.lv');
      const requestsBefore = await auditCount('auth.password-reset-requested');
      // Unknown first: the worker takes account jobs one at a time in order, so once the known
      // address's mail has arrived the unknown one's job has been handled too.
      const unknown = await browser.post(AuthRoutes.passwordReset, { body: { email: 'ghost@example.lv' } });
      const known = await browser.post(AuthRoutes.passwordReset, { body: { email: 'Mentor@Daugavpils.Balss.Example' } });
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(202);
      expect(unknown.body).toEqual(known.body);
      expect((await nextMail('mentor@daugavpils.balss.example', seen)).subject).toMatch(/Paroles atjaunošana/);
      expect(await mailCount('ghost@example.lv')).toBe(ghostsBefore);
      expect(await auditCount('auth.password-reset-requested')).toBe(requestsBefore + 1);
    });

    it('sets the new password, signs out every session, revokes tokens, and the link works once', async () => {
      const email = 'mentor@daugavpils.balss.example';
      const signedIn = await env.signIn(email, DEMO_PASSWORD);
      const browser = await env.browser().primeCsrf();
      const seen = await mailCount(email);
      await browser.post(AuthRoutes.passwordReset, { body: { email } });
      const { token, mail } = await tokenFromMail(email, seen);
      expect(mail.text).toContain('/account/reset-password#token=');

      const weak = await browser.post(AuthRoutes.passwordResetConfirm, { body: { token, newPassword: 'qwertyuiop123' } });
      expect(weak.status).toBe(400);
      expect((await env.signIn(email, DEMO_PASSWORD)).cookies.has(SESSION_COOKIE)).toBe(true);

      const ok = await browser.post(AuthRoutes.passwordResetConfirm, { body: { token, newPassword: 'jauna parole pie upes' } });
      expect(ok.status).toBe(204);
      expect((await signedIn.get(AuthRoutes.me)).status).toBe(401);
      expect(await count(`SELECT count(*) AS n FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1`, [email])).toBe(0);
      const reused = await browser.post(AuthRoutes.passwordResetConfirm, { body: { token, newPassword: 'vēl viena jauna parole' } });
      expect(reused.body.details).toEqual([expect.objectContaining({ reason: 'used' })]);
      await env.signIn(email, 'jauna parole pie upes');
      expect(await auditCount('auth.password-reset')).toBe(1);
    });
  });
});
