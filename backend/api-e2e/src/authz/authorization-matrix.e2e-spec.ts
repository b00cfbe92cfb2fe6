import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiscoveryModule } from '@nestjs/core';
import { CSRF_COOKIE, SESSION_COOKIE } from '@balss/contracts';
import { DEMO_ACCOUNTS, DEMO_OTHER_MUNICIPALITY, SessionService, Transactions } from '@balss/domains/identity';
import { HttpClient } from '../support/http-client';
import { type IdentityTestEnv, startIdentityTestEnv } from '../support/identity-app';
import { type AuthzRow, type MatrixFixtures, type Persona, PERSONAS, type SignedInPersona } from './matrix';
import { type RegisteredRoute, registeredRoutes } from './routes';

/** Every `rows/*.rows.ts`, merged; each domain owns its file. */
function loadRows(): AuthzRow[] {
  const dir = path.join(__dirname, 'rows');
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.rows.ts'))
    .sort()
    .flatMap((file) => (require(path.join(dir, file)) as { rows: AuthzRow[] }).rows);
}

const ROWS = loadRows();
const keyOf = (r: { method: string; path: string }) => `${r.method} ${r.path}`;

const PERSONA_EMAIL: Record<SignedInPersona, string> = {
  resident: 'resident@daugavpils.balss.example',
  youth: 'youth@daugavpils.balss.example',
  mentor: 'mentor@daugavpils.balss.example',
  reviewer: 'reviewer@daugavpils.balss.example',
  poll_officer: 'poll-officer@daugavpils.balss.example',
  admin: 'admin@daugavpils.balss.example',
  auditor: 'auditor@daugavpils.balss.example',
  platform_admin: 'platform@balss.example',
  other_admin: 'admin@demo-novads.balss.example',
};

describe('authorization matrix: every endpoint × every persona', () => {
  let env: IdentityTestEnv;
  let routes: RegisteredRoute[];
  let fixtures: MatrixFixtures;
  const home: Partial<Record<SignedInPersona, string>> = {};

  beforeAll(async () => {
    env = await startIdentityTestEnv({}, 6, [DiscoveryModule]);
    routes = registeredRoutes(env.app);
    const users = await env.dataSource.query<Array<{ id: string; email: string; municipality_id: string }>>(
      `SELECT id, email, municipality_id FROM app_user WHERE email = ANY($1)`,
      [DEMO_ACCOUNTS.map((a) => a.email)],
    );
    const userId = {} as Record<SignedInPersona, string>;
    for (const persona of PERSONAS.filter((p): p is SignedInPersona => p !== 'anonymous')) {
      const user = users.find((u) => u.email === PERSONA_EMAIL[persona]);
      if (!user) {
        throw new Error(`Demo account for ${persona} is missing`);
      }
      userId[persona] = user.id;
      home[persona] = user.municipality_id;
    }
    const [target] = await env.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO app_user (municipality_id, email, display_name, locale) VALUES ($1, 'matrix-target@example.lv', 'Target', 'lv') RETURNING id`,
      [home.resident],
    );
    fixtures = {
      userId,
      daugavpilsTargetUserId: target.id,
      daugavpilsMunicipalityId: home.resident as string,
      otherMunicipalityId: home.other_admin as string,
      daugavpilsSlug: 'daugavpils',
      otherSlug: DEMO_OTHER_MUNICIPALITY.slug,
    };
  });

  afterAll(async () => {
    await env?.close();
  });

  /** A fresh session per call, so calls like sign-out cannot affect the next one. */
  async function clientFor(persona: Persona): Promise<HttpClient> {
    const client = new HttpClient(env.server);
    if (persona === 'anonymous') {
      client.cookies.set(CSRF_COOKIE, 'matrix-anonymous');
      return client;
    }
    const started = await env.app
      .get(Transactions)
      .run((tx) =>
        env.app.get(SessionService).start(tx, { userId: fixtures.userId[persona], municipalityId: home[persona] as string, method: 'password' }, {}),
      );
    client.cookies.set(SESSION_COOKIE, started.token);
    client.cookies.set(CSRF_COOKIE, started.csrfToken);
    return client;
  }

  it('has exactly one row for every registered route, and no row without a route', () => {
    const rowKeys = ROWS.map(keyOf);
    const duplicates = rowKeys.filter((key, i) => rowKeys.indexOf(key) !== i);
    const routeKeys = new Set(routes.map(keyOf));
    expect({ duplicates, withoutRow: routes.filter((r) => !rowKeys.includes(keyOf(r))).map(keyOf) }).toEqual({ duplicates: [], withoutRow: [] });
    expect(rowKeys.filter((key) => !routeKeys.has(key))).toEqual([]);
  });

  it('finds the rule each row names declared on its endpoint (exactly one: public or one permission)', () => {
    const mismatches = routes.flatMap((route) => {
      const row = ROWS.find((r) => keyOf(r) === keyOf(route));
      const declared = route.rule.kind === 'public' ? 'public' : route.rule.kind === 'permission' ? route.rule.permission : route.rule.kind;
      return row && row.rule !== declared ? [`${keyOf(route)} (${route.handler}): row says ${row.rule}, code declares ${declared}`] : [];
    });
    expect(mismatches).toEqual([]);
  });

  describe.each(ROWS.map((row) => [keyOf(row), row] as const))('%s', (_key, row) => {
    it(`lets in exactly: ${row.allow.join(', ') || 'nobody'}`, async () => {
      const mismatches: string[] = [];
      for (const persona of PERSONAS) {
        const call = row.call?.(fixtures, persona) ?? {};
        const client = await clientFor(persona);
        const method = row.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
        const res = await client.send(method, call.path ?? row.path, { body: call.body, query: call.query, headers: call.headers });
        const expected = row.expect?.[persona];
        const allowed = row.allow.includes(persona);
        const ok =
          expected !== undefined
            ? res.status === expected
            : allowed
              ? res.status !== 401 && res.status !== 403
              : res.status === (persona === 'anonymous' ? 401 : 403);
        if (!ok) {
          const want = expected ?? (allowed ? 'not 401/403' : persona === 'anonymous' ? 401 : 403);
          mismatches.push(`${persona}: got ${res.status} (${res.body?.code ?? ''}), want ${want}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  });
});
