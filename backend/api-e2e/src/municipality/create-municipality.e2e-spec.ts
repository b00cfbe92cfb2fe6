import { ApiRoutes, IdentityRoutes, type MunicipalityDto } from '@balss/contracts';
import { DEMO_PASSWORD } from '@balss/domains/identity';
import type { HttpClient } from '../support/http-client';
import { type IdentityTestEnv, startIdentityTestEnv } from '../support/identity-app';

/** This suite's Redis database (see youth.e2e-spec.ts for the others). */
const REDIS_DB = 14;

/** POST /api/municipalities with neighbourhoods, and the bad inputs that must change nothing. */
describe('creating a municipality (platform administrators)', () => {
  let env: IdentityTestEnv;
  let platform: HttpClient;
  const count = async (sql: string) => Number((await env.dataSource.query(sql))[0].n);
  const counts = async () => ({
    municipalities: await count(`SELECT count(*) AS n FROM municipality`),
    neighbourhoods: await count(`SELECT count(*) AS n FROM neighbourhood`),
    users: await count(`SELECT count(*) AS n FROM app_user`),
    audit: await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'municipality.created'`),
  });
  const body = {
    slug: 'ludza',
    name: { lv: 'Ludza', ru: 'Лудза', en: 'Ludza' },
    admin: { email: 'admin@ludza.example', displayName: 'Ludzas administrators', locale: 'ru' },
    neighbourhoods: [
      { slug: 'centrs', name: { lv: 'Centrs', ru: 'Центр', en: 'Centre' } },
      { slug: 'kvartals', name: { lv: 'Kvartāls', ru: 'Квартал', en: 'Kvartals' } },
    ],
  };

  beforeAll(async () => {
    env = await startIdentityTestEnv({}, REDIS_DB);
    platform = await env.signIn('platform@balss.example', DEMO_PASSWORD);
  });

  afterAll(async () => {
    await env?.close();
  });

  it('creates it with its neighbourhoods and first administrator, audited with the platform administrator as actor', async () => {
    const res = await platform.post(IdentityRoutes.municipalities, { body });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ slug: 'ludza', name: body.name });

    const home = (await env.browser().get(ApiRoutes.municipality('ludza'))).body as MunicipalityDto;
    expect(home.neighbourhoods.map((n) => [n.slug, n.name.ru, n.location, n.population])).toEqual([
      ['centrs', 'Центр', null, null],
      ['kvartals', 'Квартал', null, null],
    ]);
    const [event] = await env.dataSource.query(
      `SELECT e.municipality_id, a.email AS actor, e.details->>'slug' AS slug FROM audit_event e
         JOIN app_user a ON a.id = e.actor_user_id WHERE e.action = 'municipality.created'`,
    );
    expect(event).toEqual({ municipality_id: res.body.id, actor: 'platform@balss.example', slug: 'ludza' });
    const [admin] = await env.dataSource.query(
      `SELECT u.locale, r.role FROM app_user u JOIN user_role r ON r.user_id = u.id WHERE u.email = 'admin@ludza.example'`,
    );
    expect(admin).toEqual({ locale: 'ru', role: 'admin' });
  });

  it.each([
    ['a taken slug', 409, { ...body, admin: { ...body.admin, email: 'new@ludza.example' } }, 'A municipality with the slug "ludza" already exists.'],
    ['an address that already has an account', 409, { ...body, slug: 'kraslava' }, 'An account with this e-mail address already exists.'],
    ['an address of a demo account', 409, { ...body, slug: 'kraslava', admin: { ...body.admin, email: 'admin@daugavpils.balss.example' } }, 'An account with this e-mail address already exists.'],
    ['an invalid slug', 400, { ...body, slug: 'Krāslava!' }, undefined],
    ['a slug of 64 characters', 400, { ...body, slug: 'k'.repeat(64) }, undefined],
    ['a missing Russian name', 400, { ...body, slug: 'kraslava', name: { lv: 'Krāslava', en: 'Kraslava' } }, undefined],
    ['a blank name', 400, { ...body, slug: 'kraslava', name: { ...body.name, lv: '   ' } }, undefined],
    ['no administrator', 400, { slug: 'kraslava', name: body.name }, undefined],
    ['no names', 400, { slug: 'kraslava', admin: { ...body.admin, email: 'e@kraslava.example' } }, undefined],
    ['an empty neighbourhood', 400, { ...body, slug: 'kraslava', admin: { ...body.admin, email: 'f@kraslava.example' }, neighbourhoods: [null] }, undefined],
    ['an administrator without an address', 400, { ...body, slug: 'kraslava', admin: { displayName: 'X', locale: 'lv' } }, undefined],
    ['an unknown invitation language', 400, { ...body, slug: 'kraslava', admin: { ...body.admin, email: 'a@kraslava.example', locale: 'de' } }, undefined],
    ['two neighbourhoods with one slug', 400, { ...body, slug: 'kraslava', admin: { ...body.admin, email: 'b@kraslava.example' }, neighbourhoods: [body.neighbourhoods[0], body.neighbourhoods[0]] }, undefined],
    ['a neighbourhood with a bad slug', 400, { ...body, slug: 'kraslava', admin: { ...body.admin, email: 'c@kraslava.example' }, neighbourhoods: [{ slug: 'Centrs', name: body.name }] }, undefined],
    ['neighbourhoods that are not a list', 400, { ...body, slug: 'kraslava', admin: { ...body.admin, email: 'd@kraslava.example' }, neighbourhoods: 'centrs' }, undefined],
  ])('refuses %s with a clear %i and changes nothing', async (_name, status, bad, message) => {
    const before = await counts();
    const res = await platform.post(IdentityRoutes.municipalities, { body: bad });
    expect(res.status).toBe(status);
    expect(typeof res.body.message).toBe('string');
    if (message) {
      expect(res.body.message).toBe(message);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses administrators of a municipality, and anonymous callers', async () => {
    const admin = await env.signIn('admin@daugavpils.balss.example', DEMO_PASSWORD);
    expect((await admin.post(IdentityRoutes.municipalities, { body: { ...body, slug: 'kraslava' } })).status).toBe(403);
    const anonymous = await env.browser().primeCsrf();
    expect((await anonymous.post(IdentityRoutes.municipalities, { body: { ...body, slug: 'kraslava' } })).status).toBe(401);
    expect(await count(`SELECT count(*) AS n FROM municipality WHERE slug = 'kraslava'`)).toBe(0);
  });
});
