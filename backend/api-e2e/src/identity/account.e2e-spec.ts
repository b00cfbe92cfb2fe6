import { ACCESS_TOKEN_PREFIX, AuthRoutes, type CreatedAccessTokenDto, type PersonalDataExportDto, SESSION_COOKIE } from '@balss/contracts';
import { DEMO_PASSWORD } from '@balss/domains/identity';
import { HttpClient } from '../support/http-client';
import { type IdentityTestEnv, startIdentityTestEnv } from '../support/identity-app';

const RESIDENT = 'resident@daugavpils.balss.example';
const REVIEWER = 'reviewer@daugavpils.balss.example';

describe('own account: access tokens, sessions, password, export, erasure', () => {
  let env: IdentityTestEnv;
  const one = async <T>(sql: string, params: unknown[] = []) => (await env.dataSource.query(sql, params))[0] as T;

  beforeAll(async () => {
    env = await startIdentityTestEnv({}, 8);
  });

  afterAll(async () => {
    await env?.close();
  });

  describe('personal access tokens', () => {
    let browser: HttpClient;
    let created: CreatedAccessTokenDto;

    beforeAll(async () => {
      browser = await env.signIn(RESIDENT, DEMO_PASSWORD);
      const res = await browser.post(AuthRoutes.meTokens, { body: { name: 'export script', expiresInDays: 30 } });
      expect(res.status).toBe(201);
      created = res.body as CreatedAccessTokenDto;
    });

    it('shows the secret once and stores only its hash', async () => {
      expect(created.token.startsWith(ACCESS_TOKEN_PREFIX)).toBe(true);
      const list = await browser.get(AuthRoutes.meTokens);
      expect(list.body).toEqual([expect.objectContaining({ id: created.id, name: 'export script', hint: created.hint })]);
      expect(JSON.stringify(list.body)).not.toContain(created.token);
      const row = await one<{ token_hash: Buffer }>(`SELECT token_hash FROM access_token WHERE id = $1`, [created.id]);
      expect(row.token_hash).toHaveLength(32);
      expect(row.token_hash.toString('utf8')).not.toContain(created.token.slice(10, 20));
    });

    it('authenticates an API client without cookies or CSRF, even for writes', async () => {
      const client = new HttpClient(env.server, created.token);
      const me = await client.get(AuthRoutes.me);
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ credential: 'access-token', authMethod: null, email: RESIDENT });
      const write = await client.delete(AuthRoutes.meSession('00000000-0000-4000-8000-000000000000'));
      expect(write.status).toBe(404);
    });

    it('cannot mint more tokens or erase the account: those need a browser session', async () => {
      const client = new HttpClient(env.server, created.token);
      const res = await client.post(AuthRoutes.meTokens, { body: { name: 'second' } });
      expect(res.status).toBe(403);
      const erase = await client.delete(AuthRoutes.me, { body: { confirm: true, password: DEMO_PASSWORD } });
      expect(erase.status).toBe(403);
    });

    it('refuses a forged token with 401, also on public routes', async () => {
      for (const token of [`${ACCESS_TOKEN_PREFIX}${'A'.repeat(43)}`, 'not-even-a-token']) {
        const client = new HttpClient(env.server, token);
        const res = await client.get(AuthRoutes.me);
        expect(res.status).toBe(401);
        expect(res.body.code).toBe('UNAUTHENTICATED');
        expect((await client.get('/api/municipalities')).status).toBe(401);
      }
    });

    it('stops working the moment it is revoked, and the revocation is audited', async () => {
      expect((await browser.delete(AuthRoutes.meToken(created.id))).status).toBe(204);
      expect((await new HttpClient(env.server, created.token).get(AuthRoutes.me)).status).toBe(401);
      expect((await browser.delete(AuthRoutes.meToken(created.id))).status).toBe(404);
      const audit = await one<{ n: string }>(`SELECT count(*) AS n FROM audit_event WHERE action = 'account.token-revoked' AND target_id = $1`, [created.id]);
      expect(Number(audit.n)).toBe(1);
    });

    it('refuses an expired token', async () => {
      const res = await browser.post(AuthRoutes.meTokens, { body: { name: 'short-lived' } });
      await env.dataSource.query(`UPDATE access_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [res.body.id]);
      expect((await new HttpClient(env.server, res.body.token).get(AuthRoutes.me)).status).toBe(401);
    });

    it('refuses bad token requests with 400 and stores nothing', async () => {
      const before = await one<{ n: string }>(`SELECT count(*) AS n FROM access_token`);
      for (const body of [{}, { name: 'x', expiresInDays: 0 }, { name: 'x', expiresInDays: 'ten' }, { name: '  ' }, { name: 'x', scope: 'all' }]) {
        expect((await browser.post(AuthRoutes.meTokens, { body })).status).toBe(400);
      }
      expect(await one(`SELECT count(*) AS n FROM access_token`)).toEqual(before);
    });
  });

  describe('sessions and password', () => {
    it('lists my sessions with truncated addresses and signs out another one', async () => {
      const phone = await env.signIn(REVIEWER, DEMO_PASSWORD);
      const laptop = await env.signIn(REVIEWER, DEMO_PASSWORD);
      const list = await laptop.get(AuthRoutes.meSessions);
      expect(list.status).toBe(200);
      const sessions = list.body as Array<{ id: string; current: boolean; ipPrefix: string | null }>;
      expect(sessions.filter((s) => s.current)).toHaveLength(1);
      expect(sessions.every((s) => s.ipPrefix === null || /\/(24|48)$/.test(s.ipPrefix))).toBe(true);
      const other = sessions.find((s) => !s.current) as { id: string };
      expect((await laptop.delete(AuthRoutes.meSession(other.id))).status).toBe(204);
      expect((await phone.get(AuthRoutes.me)).status).toBe(401);
      expect((await laptop.get(AuthRoutes.me)).status).toBe(200);
    });

    it("cannot sign out someone else's session: 404", async () => {
      const someone = await env.signIn(RESIDENT, DEMO_PASSWORD);
      const theirs = (await someone.get(AuthRoutes.meSessions)).body as Array<{ id: string }>;
      const me = await env.signIn(REVIEWER, DEMO_PASSWORD);
      expect((await me.delete(AuthRoutes.meSession(theirs[0].id))).status).toBe(404);
      expect((await someone.get(AuthRoutes.me)).status).toBe(200);
    });

    it('changes the password with the current one, keeping this session and ending the others', async () => {
      const email = 'poll-officer@daugavpils.balss.example';
      const other = await env.signIn(email, DEMO_PASSWORD);
      const browser = await env.signIn(email, DEMO_PASSWORD);
      const wrong = await browser.put(AuthRoutes.mePassword, { body: { currentPassword: 'wrong wrong wrong', newPassword: 'upe tek uz jūru lēni' } });
      expect(wrong.status).toBe(403);
      const weak = await browser.put(AuthRoutes.mePassword, { body: { currentPassword: DEMO_PASSWORD, newPassword: 'password1234' } });
      expect(weak.status).toBe(400);
      const ok = await browser.put(AuthRoutes.mePassword, { body: { currentPassword: DEMO_PASSWORD, newPassword: 'upe tek uz jūru lēni' } });
      expect(ok.status).toBe(204);
      expect((await browser.get(AuthRoutes.me)).status).toBe(200);
      expect((await other.get(AuthRoutes.me)).status).toBe(401);
      await env.signIn(email, 'upe tek uz jūru lēni');
    });
  });

  describe('personal data', () => {
    it('exports everything stored about me, without secrets', async () => {
      const browser = await env.signIn(RESIDENT, DEMO_PASSWORD);
      const res = await browser.get(AuthRoutes.meExport);
      expect(res.status).toBe(200);
      const data = res.body as PersonalDataExportDto;
      expect(data.account).toMatchObject({ email: RESIDENT, emailVerified: true, hasPassword: true, municipality: { slug: 'daugavpils' } });
      expect(data.roles).toEqual([expect.objectContaining({ role: 'resident' })]);
      expect(data.sessions.length).toBeGreaterThan(0);
      expect(data.auditEvents.map((e) => e.action)).toEqual(expect.arrayContaining(['auth.sign-in', 'account.token-created']));
      const text = JSON.stringify(data);
      expect(text).not.toMatch(/argon2|token_hash|tokenHash|passwordHash/);
    });

    it('erases only after re-authentication, to an anonymous tombstone, and signs out everywhere', async () => {
      const email = 'auditor@daugavpils.balss.example';
      const browser = await env.signIn(email, DEMO_PASSWORD);
      const elsewhere = await env.signIn(email, DEMO_PASSWORD);
      const { id } = (await browser.get(AuthRoutes.me)).body as { id: string };

      expect((await browser.delete(AuthRoutes.me, { body: { confirm: false } })).status).toBe(400);
      await env.dataSource.query(`UPDATE session SET created_at = now() - interval '11 minutes' WHERE user_id = $1`, [id]);
      const stale = await browser.delete(AuthRoutes.me, { body: { confirm: true } });
      expect(stale.status).toBe(403);
      expect(stale.body.details).toEqual({ reason: 'REAUTHENTICATION_REQUIRED' });
      const wrong = await browser.delete(AuthRoutes.me, { body: { confirm: true, password: 'not my password' } });
      expect(wrong.status).toBe(403);
      expect(await one(`SELECT email FROM app_user WHERE id = $1`, [id])).toEqual({ email });

      const ok = await browser.delete(AuthRoutes.me, { body: { confirm: true, password: DEMO_PASSWORD } });
      expect(ok.status).toBe(204);
      expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
      expect((await elsewhere.get(AuthRoutes.me)).status).toBe(401);
      expect(await one(`SELECT email, display_name, password_hash, erased_at IS NOT NULL AS erased FROM app_user WHERE id = $1`, [id])).toEqual({
        email: null,
        display_name: null,
        password_hash: null,
        erased: true,
      });
      for (const table of ['session', 'access_token', 'one_time_token', 'user_role']) {
        expect(await one(`SELECT count(*)::int AS n FROM ${table} WHERE user_id = $1`, [id])).toEqual({ n: 0 });
      }
      expect(await one(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'account.erased' AND target_id = $1`, [id])).toEqual({ n: 1 });
      const login = await (await env.browser().primeCsrf()).post(AuthRoutes.login, { body: { email, password: DEMO_PASSWORD } });
      expect(login.status).toBe(401);
    });

    it('erases with a recent sign-in alone (accounts without a password, e.g. e-ID)', async () => {
      const browser = await env.signIn('youth@daugavpils.balss.example', DEMO_PASSWORD);
      expect((await browser.delete(AuthRoutes.me, { body: { confirm: true } })).status).toBe(204);
    });

    it("refuses to erase a municipality's last administrator (422), leaving everything in place", async () => {
      const browser = await env.signIn('admin@demo-novads.balss.example', DEMO_PASSWORD);
      const res = await browser.delete(AuthRoutes.me, { body: { confirm: true, password: DEMO_PASSWORD } });
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'RULE_VIOLATED', details: { reason: 'LAST_ADMIN' } });
      expect((await browser.get(AuthRoutes.me)).status).toBe(200);
    });
  });
});
