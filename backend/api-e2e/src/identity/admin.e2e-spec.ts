import { AuthRoutes, IdentityRoutes, type Page, type UserSummaryDto } from '@balss/contracts';
import { DEMO_PASSWORD } from '@balss/domains/identity';
import { HttpClient } from '../support/http-client';
import { type IdentityTestEnv, mailCount, startIdentityTestEnv, tokenFromMail } from '../support/identity-app';

describe('administration: users, roles, audit, tenants, queue dashboard', () => {
  let env: IdentityTestEnv;
  let admin: HttpClient;
  let otherAdmin: HttpClient;
  let residentId: string;
  const count = async (sql: string, params: unknown[] = []) => Number((await env.dataSource.query(sql, params))[0].n);

  beforeAll(async () => {
    env = await startIdentityTestEnv({}, 9);
    admin = await env.signIn('admin@daugavpils.balss.example', DEMO_PASSWORD);
    otherAdmin = await env.signIn('admin@demo-novads.balss.example', DEMO_PASSWORD);
    residentId = (await env.dataSource.query(`SELECT id FROM app_user WHERE email = 'resident@daugavpils.balss.example'`))[0].id;
  });

  afterAll(async () => {
    await env?.close();
  });

  describe('users of my municipality', () => {
    it('lists them newest first with their roles, pages and filters by role', async () => {
      const all = (await admin.get(IdentityRoutes.users)).body as Page<UserSummaryDto>;
      expect(all.total).toBe(8);
      expect(all.items.map((u) => u.email)).not.toContain('admin@demo-novads.balss.example');
      const page = (await admin.get(IdentityRoutes.users, { query: { page: 2, pageSize: 3 } })).body as Page<UserSummaryDto>;
      expect(page).toMatchObject({ page: 2, pageSize: 3, total: 8 });
      expect(page.items).toHaveLength(3);
      const reviewers = (await admin.get(IdentityRoutes.users, { query: { role: 'reviewer' } })).body as Page<UserSummaryDto>;
      expect(reviewers.items.map((u) => u.email)).toEqual(['reviewer@daugavpils.balss.example']);
    });

    it('refuses bad list queries with 400', async () => {
      const queries: Array<Record<string, string | number>> = [{ role: 'king' }, { page: 0 }, { pageSize: 1000 }, { page: 'two' }, { sort: 'email' }];
      for (const query of queries) {
        expect((await admin.get(IdentityRoutes.users, { query })).status).toBe(400);
      }
    });

    it("shows another municipality's administrator nothing of Daugavpils: its list, and 404 for its users", async () => {
      const theirs = (await otherAdmin.get(IdentityRoutes.users)).body as Page<UserSummaryDto>;
      expect(theirs.items.map((u) => u.email)).toEqual(['admin@demo-novads.balss.example']);
      const res = await otherAdmin.get(IdentityRoutes.user(residentId));
      expect(res.status).toBe(404);
      expect(res.body.message).toBe('There is no such user.');
      expect((await otherAdmin.put(IdentityRoutes.userRole(residentId, 'reviewer'))).status).toBe(404);
      expect(await count(`SELECT count(*) AS n FROM user_role WHERE user_id = $1 AND role = 'reviewer'`, [residentId])).toBe(0);
    });
  });

  describe('roles', () => {
    it('grants and revokes a role idempotently, auditing each change once', async () => {
      expect((await admin.put(IdentityRoutes.userRole(residentId, 'reviewer'))).status).toBe(204);
      expect((await admin.put(IdentityRoutes.userRole(residentId, 'reviewer'))).status).toBe(204);
      const user = (await admin.get(IdentityRoutes.user(residentId))).body as UserSummaryDto;
      expect(user.roles).toEqual(['resident', 'reviewer']);
      expect((await admin.delete(IdentityRoutes.userRole(residentId, 'reviewer'))).status).toBe(204);
      expect(await count(`SELECT count(*) AS n FROM audit_event WHERE action IN ('role.granted', 'role.revoked') AND target_id = $1`, [residentId])).toBe(2);
    });

    it('takes effect on the very next request of the person concerned', async () => {
      const resident = await env.signIn('resident@daugavpils.balss.example', DEMO_PASSWORD);
      expect((await resident.get(IdentityRoutes.users)).status).toBe(403);
      await admin.put(IdentityRoutes.userRole(residentId, 'auditor'));
      expect((await resident.get(IdentityRoutes.users)).status).toBe(200);
      await admin.delete(IdentityRoutes.userRole(residentId, 'auditor'));
      expect((await resident.get(IdentityRoutes.users)).status).toBe(403);
    });

    it('never grants or revokes platform_admin over the API', async () => {
      const res = await admin.put(IdentityRoutes.userRole(residentId, 'platform_admin'));
      expect(res.status).toBe(403);
      expect(await count(`SELECT count(*) AS n FROM user_role WHERE user_id = $1 AND role = 'platform_admin'`, [residentId])).toBe(0);
    });

    it('refuses an unknown role or a malformed id with 400, and an unknown user with 404', async () => {
      expect((await admin.put(`/api/users/${residentId}/roles/king`)).status).toBe(400);
      expect((await admin.put('/api/users/not-a-uuid/roles/reviewer')).status).toBe(400);
      expect((await admin.put(IdentityRoutes.userRole('00000000-0000-4000-8000-000000000000', 'reviewer'))).status).toBe(404);
    });

    it('never removes the last administrator, not even oneself; with a second one it may', async () => {
      const me = (await admin.get(AuthRoutes.me)).body as { id: string };
      const last = await admin.delete(IdentityRoutes.userRole(me.id, 'admin'));
      expect(last.status).toBe(422);
      expect(last.body.details).toEqual({ reason: 'LAST_ADMIN' });
      await admin.put(IdentityRoutes.userRole(residentId, 'admin'));
      expect((await admin.delete(IdentityRoutes.userRole(me.id, 'admin'))).status).toBe(204);
      expect((await admin.get(IdentityRoutes.users)).status).toBe(403);
      const resident = await env.signIn('resident@daugavpils.balss.example', DEMO_PASSWORD);
      await resident.put(IdentityRoutes.userRole(me.id, 'admin'));
      admin = await env.signIn('admin@daugavpils.balss.example', DEMO_PASSWORD);
      await admin.delete(IdentityRoutes.userRole(residentId, 'admin'));
      expect((await admin.get(IdentityRoutes.users)).status).toBe(200);
    });
  });

  describe('audit trail', () => {
    it("shows my municipality's events, filtered, and none of another municipality's", async () => {
      const res = await admin.get(IdentityRoutes.audit, { query: { action: 'role.granted' } });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      expect(res.body.items.every((e: { action: string }) => e.action === 'role.granted')).toBe(true);
      const theirs = await otherAdmin.get(IdentityRoutes.audit, { query: { targetId: residentId } });
      expect(theirs.body.total).toBe(0);
      const auditor = await env.signIn('auditor@daugavpils.balss.example', DEMO_PASSWORD);
      expect((await auditor.get(IdentityRoutes.audit)).status).toBe(200);
      expect((await auditor.put(IdentityRoutes.userRole(residentId, 'reviewer'))).status).toBe(403);
    });
  });

  describe('tenants', () => {
    const body = {
      slug: 'rezekne',
      name: { lv: 'Rēzekne', ru: 'Резекне', en: 'Rēzekne' },
      admin: { email: 'admin@rezekne.example', displayName: 'Rēzeknes administrators', locale: 'lv' },
    };

    it('lets a platform administrator create a municipality with an invited first administrator', async () => {
      const platform = await env.signIn('platform@balss.example', DEMO_PASSWORD);
      const seen = await mailCount('admin@rezekne.example');
      const res = await platform.post(IdentityRoutes.municipalities, { body });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ slug: 'rezekne', name: body.name });
      const { token, mail } = await tokenFromMail('admin@rezekne.example', seen);
      expect(mail.subject).toContain('Rēzekne');
      const browser = await env.browser().primeCsrf();
      expect((await browser.post(AuthRoutes.passwordResetConfirm, { body: { token, newPassword: 'rēzeknes pils drupas' } })).status).toBe(204);
      const newAdmin = await env.signIn('admin@rezekne.example', 'rēzeknes pils drupas');
      const me = (await newAdmin.get(AuthRoutes.me)).body;
      expect(me).toMatchObject({ roles: ['admin'], municipality: { slug: 'rezekne' } });
      expect(await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'municipality.created'`)).toBe(1);
    });

    it('answers a taken slug or address with 409 and creates nothing; bad input with 400', async () => {
      const platform = await env.signIn('platform@balss.example', DEMO_PASSWORD);
      const before = await count(`SELECT count(*) AS n FROM municipality`);
      expect((await platform.post(IdentityRoutes.municipalities, { body })).status).toBe(409);
      expect((await platform.post(IdentityRoutes.municipalities, { body: { ...body, slug: 'ludza' } })).status).toBe(409);
      expect((await platform.post(IdentityRoutes.municipalities, { body: { ...body, slug: 'Not A Slug' } })).status).toBe(400);
      expect((await platform.post(IdentityRoutes.municipalities, { body: { ...body, slug: 'x', name: { lv: 'X' } } })).status).toBe(400);
      expect(await count(`SELECT count(*) AS n FROM municipality`)).toBe(before);
      expect((await admin.post(IdentityRoutes.municipalities, { body: { ...body, slug: 'kraslava' } })).status).toBe(403);
    });
  });

  describe('queue dashboard', () => {
    it('opens for a platform administrator and stays shut for a municipal administrator', async () => {
      const platform = await env.signIn('platform@balss.example', DEMO_PASSWORD);
      const page = await platform.get('/api/admin/queues');
      expect(page.status).toBe(200);
      expect(page.text).toMatch(/Balss queues/);
      expect((await admin.get('/api/admin/queues')).status).toBe(403);
      const anonymous = await env.browser().get('/api/admin/queues');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toMatchObject({ code: 'UNAUTHENTICATED' });
      const forged = await new HttpClient(env.server, 'balss_pat_forged').get('/api/admin/queues');
      expect(forged.status).toBe(401);
      expect(forged.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });
});
