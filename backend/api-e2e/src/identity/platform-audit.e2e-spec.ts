import { AuthRoutes, IdentityRoutes, type AuditEventDto, type Page } from '@balss/contracts';
import { DEMO_PASSWORD } from '@balss/domains/identity';
import type { HttpClient } from '../support/http-client';
import { type IdentityTestEnv, startIdentityTestEnv } from '../support/identity-app';

/** The platform's audit trail: events that belong to no municipality (issue 3, item 7). */
describe('platform audit trail', () => {
  let env: IdentityTestEnv;
  let platform: HttpClient;
  let admin: HttpClient;

  beforeAll(async () => {
    env = await startIdentityTestEnv({}, 12);
    platform = await env.signIn('platform@balss.example', DEMO_PASSWORD);
    admin = await env.signIn('admin@daugavpils.balss.example', DEMO_PASSWORD);
  });

  afterAll(async () => {
    await env?.close();
  });

  it('shows a failed sign-in for an unknown address to the platform administrator, and not to the municipality', async () => {
    const browser = await env.browser().primeCsrf();
    const login = await browser.post(AuthRoutes.login, { body: { email: 'stuffed@example.lv', password: 'not the password' } });
    expect(login.status).toBe(401);

    const res = await platform.get(IdentityRoutes.platformAudit, { query: { action: 'auth.sign-in-failed' } });
    expect(res.status).toBe(200);
    const page = res.body as Page<AuditEventDto>;
    expect(page).toMatchObject({ page: 1, total: 1 });
    expect(page.items[0]).toMatchObject({ action: 'auth.sign-in-failed', outcome: 'failure', actorUserId: null, details: { reason: 'unknown-account' } });

    const ids = new Set(page.items.map((event) => event.id));
    const theirs = (await admin.get(IdentityRoutes.audit, { query: { action: 'auth.sign-in-failed', pageSize: 100 } })).body as Page<AuditEventDto>;
    expect(theirs.items.filter((event) => ids.has(event.id))).toEqual([]);
  });

  it('lists only events of no municipality, newest first, paged', async () => {
    const browser = await env.browser().primeCsrf();
    await browser.post(AuthRoutes.login, { body: { email: 'another@example.lv', password: 'not the password' } });
    const all = (await platform.get(IdentityRoutes.platformAudit, { query: { pageSize: 100 } })).body as Page<AuditEventDto>;
    const [{ n }] = await env.dataSource.query(`SELECT count(*) AS n FROM audit_event WHERE municipality_id IS NULL`);
    expect(all.total).toBe(Number(n));
    const times = all.items.map((event) => event.at);
    expect(times).toEqual([...times].sort().reverse());
    const second = (await platform.get(IdentityRoutes.platformAudit, { query: { page: 2, pageSize: 1 } })).body as Page<AuditEventDto>;
    expect(second).toMatchObject({ page: 2, pageSize: 1, total: Number(n) });
    expect(second.items.map((event) => event.id)).toEqual([all.items[1].id]);
  });

  it('refuses bad queries with 400', async () => {
    const queries: Array<Record<string, string | number>> = [{ action: 'auth.nothing' }, { page: 0 }, { pageSize: 1000 }, { page: 'two' }, { sort: 'at' }];
    for (const query of queries) {
      expect((await platform.get(IdentityRoutes.platformAudit, { query })).status).toBe(400);
    }
  });
});
