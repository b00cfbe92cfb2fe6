import {
  AuthRoutes,
  type CurrentUserDto,
  EidRoutes,
  RegisterRoutes,
  SESSION_COOKIE,
  type VoterEligibilityDto,
} from '@balss/contracts';
import { DEMO_PASSWORD } from '@balss/domains/identity';
import { DEMO_REGISTER_CSV } from '@balss/domains/voter-register';
import { type EidTestEnv, signInAtProvider, startEidTestEnv, startOidc } from './eid-test-env';

const ADMIN = 'admin@daugavpils.balss.example';
const RESIDENT_WITHOUT_EID = 'resident@daugavpils.balss.example';
/** A fixed reference date, so the demo people's ages do not drift with the calendar. */
const ON = '2026-11-22';

describe('e-ID sign-in through a real OIDC provider, and "may I vote?" (real PostgreSQL, Redis)', () => {
  let env: EidTestEnv;
  const failures = (reason: string) =>
    env.count(
      `SELECT count(*) AS n FROM audit_event WHERE action = 'auth.sign-in-failed' AND outcome = 'failure' AND details->>'reason' = $1`,
      [reason],
    );

  beforeAll(async () => {
    env = await startEidTestEnv(7);
    const admin = await env.signIn(ADMIN, DEMO_PASSWORD);
    const imported = await env.importRegister(admin, DEMO_REGISTER_CSV);
    expect(imported).toMatchObject({ status: 'completed', rowCount: 4, progress: { percent: 100 } });
  });

  afterAll(async () => {
    await env?.close();
  });

  it('signs a resident of the imported register in: start → provider → callback → session → /api/me → "you may vote"', async () => {
    const browser = env.browser();
    const start = await browser.get(EidRoutes.start('daugavpils'));
    expect(start.status).toBe(303);
    const providerUrl = new URL(start.headers['location'] as string);
    expect(providerUrl.origin).toBe(env.op.issuer);
    expect(providerUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(providerUrl.searchParams.get('client_id')).toBe('balss-demo');
    for (const param of ['state', 'nonce', 'code_challenge']) {
      expect(providerUrl.searchParams.get(param)?.length).toBeGreaterThanOrEqual(43);
    }
    expect(start.headers['set-cookie']?.toString()).toMatch(
      /balss_eid=[^;]+; Max-Age=600; Path=\/api\/auth\/eid; Expires=[^;]+; HttpOnly; SameSite=Lax/,
    );

    const callback = await signInAtProvider(providerUrl.href, 'demo-anna');
    const done = await browser.get(`${callback.pathname}${callback.search}`);
    expect(done.status).toBe(303);
    expect(done.headers['location']).toBe('/');
    expect(browser.cookies.get(SESSION_COOKIE)).toBeDefined();
    expect(browser.cookies.has('balss_eid')).toBe(false);

    const me = await browser.get(AuthRoutes.me);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject<Partial<CurrentUserDto>>({
      displayName: 'Anna Bērziņa',
      authMethod: 'eid',
      roles: ['resident'],
    });
    expect(me.body.email).toBeUndefined();

    const eligibility = await browser.get(RegisterRoutes.myEligibility, { query: { date: ON } });
    expect(eligibility.status).toBe(200);
    expect(eligibility.body).toEqual<VoterEligibilityDto>({
      eligible: true,
      date: ON,
      municipality: { id: expect.any(String), slug: 'daugavpils' },
    });
    const today = await browser.get(RegisterRoutes.myEligibility);
    expect(today.body).toMatchObject({ eligible: true, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    // The personal code exists nowhere in clear: only the 32-byte keyed hash links account and register.
    const dump =
      JSON.stringify(await env.dataSource.query(`SELECT * FROM eid_identity`)) +
      JSON.stringify(await env.dataSource.query(`SELECT * FROM app_user`));
    expect(dump).not.toMatch(/120590-?10000/);
    expect(
      await env.count(
        `SELECT count(*) AS n FROM eid_identity e JOIN register_entry r ON r.personal_code_hash = e.personal_code_hash`,
      ),
    ).toBe(1);
    expect(
      await env.count(
        `SELECT count(*) AS n FROM audit_event WHERE action = 'auth.sign-in' AND details->>'method' = 'eid'`,
      ),
    ).toBe(1);
  });

  it('finds the same account on the next e-ID sign-in instead of creating another', async () => {
    const before = await env.count(`SELECT count(*) AS n FROM app_user`);
    const again = await env.signInWithEid('demo-anna');
    expect(again.status).toBe(303);
    expect(await env.count(`SELECT count(*) AS n FROM app_user`)).toBe(before);
  });

  it('links e-ID to the account already signed in (e-mail and password) instead of creating a second one', async () => {
    const mentor = await env.signIn('mentor@daugavpils.balss.example', DEMO_PASSWORD);
    const before = (await mentor.get(AuthRoutes.me)).body as CurrentUserDto;
    expect((await mentor.get(RegisterRoutes.myEligibility, { query: { date: ON } })).body).toMatchObject({
      reasons: ['NO_EID_LINK'],
    });
    const users = await env.count(`SELECT count(*) AS n FROM app_user`);
    const { callback } = await env.startAndLogin(mentor, 'demo-marta');
    expect((await mentor.get(`${callback.pathname}${callback.search}`)).status).toBe(303);
    const after = (await mentor.get(AuthRoutes.me)).body as CurrentUserDto;
    expect(after).toMatchObject({
      id: before.id,
      authMethod: 'eid',
      roles: expect.arrayContaining(['mentor', 'resident']),
    });
    expect(await env.count(`SELECT count(*) AS n FROM app_user`)).toBe(users);
    expect((await mentor.get(RegisterRoutes.myEligibility, { query: { date: ON } })).body).toMatchObject({
      eligible: true,
    });
    // Signing in with the same e-ID later, from any browser, reaches that same account.
    const again = await env.signInWithEid('demo-marta');
    expect(((await again.browser.get(AuthRoutes.me)).body as CurrentUserDto).id).toBe(before.id);
  });

  it.each([
    ['demo-marta', { eligible: true }],
    ['demo-janis', { eligible: false, reasons: ['UNDER_MINIMUM_AGE'] }],
    ['demo-olga', { eligible: false, reasons: ['RESIDENCE_ENDED'] }],
    ['demo-peteris', { eligible: false, reasons: ['NOT_DECLARED_IN_MUNICIPALITY'] }],
  ])('tells %s exactly whether and why not', async (accountId, expected) => {
    const { browser, status } = await env.signInWithEid(accountId);
    expect(status).toBe(303);
    const res = await browser.get(RegisterRoutes.myEligibility, { query: { date: ON } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject(expected);
  });

  it('tells an account without an e-ID link why it cannot be checked', async () => {
    const resident = await env.signIn(RESIDENT_WITHOUT_EID, DEMO_PASSWORD);
    const res = await resident.get(RegisterRoutes.myEligibility, { query: { date: ON } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ eligible: false, reasons: ['NO_EID_LINK'] });
  });

  it.each([['2026-02-30'], ['22.11.2026'], ['tomorrow']])('refuses the reference date %s with 400', async (date) => {
    const { browser } = await env.signInWithEid('demo-anna');
    const res = await browser.get(RegisterRoutes.myEligibility, { query: { date } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('asks anonymous callers to sign in', async () => {
    expect((await env.browser().get(RegisterRoutes.myEligibility)).status).toBe(401);
  });

  it('sends the browser back to the sign-in page for a municipality without e-ID, storing nothing', async () => {
    const res = await env.browser().get(EidRoutes.start('atlantis'), { query: { returnTo: '/account/profile' } });
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('/account/sign-in?eid-error=not-configured&returnTo=%2Faccount%2Fprofile');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('redirects only to paths of this site after sign-in', async () => {
    const browser = env.browser();
    const start = await browser.get(EidRoutes.start('daugavpils'), { query: { returnTo: '//evil.example/x' } });
    const callback = await signInAtProvider(start.headers['location'] as string, 'demo-anna');
    expect((await browser.get(`${callback.pathname}${callback.search}`)).headers['location']).toBe('/');
    const other = env.browser();
    const start2 = await other.get(EidRoutes.start('daugavpils'), { query: { returnTo: '/account/profile?tab=1' } });
    const callback2 = await signInAtProvider(start2.headers['location'] as string, 'demo-anna');
    expect((await other.get(`${callback2.pathname}${callback2.search}`)).headers['location']).toBe(
      '/account/profile?tab=1',
    );
  });

  describe('hostile and cancelled callbacks go back to the sign-in page with a problem code, are audited, and sign no one in', () => {
    const refused = async (
      browser: ReturnType<EidTestEnv['browser']>,
      callback: URL,
      reason: string,
      problem = 'failed',
    ) => {
      const before = await failures(reason);
      const res = await browser.get(`${callback.pathname}${callback.search}`);
      expect(res.status).toBe(303);
      const location = new URL(res.headers['location'] as string, 'http://balss.test');
      expect(location.pathname).toBe('/account/sign-in');
      expect(location.searchParams.get('eid-error')).toBe(problem);
      expect(res.headers['set-cookie']?.toString() ?? '').not.toContain(`${SESSION_COOKIE}=`);
      expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
      expect(await failures(reason)).toBe(before + 1);
      return location;
    };

    it('a replayed callback (the same code and state again)', async () => {
      const browser = env.browser();
      const { callback } = await env.startAndLogin(browser, 'demo-anna');
      const cookies = new Map(browser.cookies);
      expect((await browser.get(`${callback.pathname}${callback.search}`)).status).toBe(303);
      const replayer = env.browser();
      for (const [name, value] of cookies) {
        replayer.cookies.set(name, value);
      }
      await refused(replayer, callback, 'STATE_REUSED');
    });

    it('a replayed authorization code under a fresh sign-in attempt', async () => {
      const first = env.browser();
      const { callback: used } = await env.startAndLogin(first, 'demo-anna');
      expect((await first.get(`${used.pathname}${used.search}`)).status).toBe(303);
      const second = env.browser();
      const start = await second.get(EidRoutes.start('daugavpils'));
      const freshState = new URL(start.headers['location'] as string).searchParams.get('state') ?? '';
      const forged = new URL(used);
      forged.searchParams.set('state', freshState);
      await refused(second, forged, 'CODE_REJECTED');
    });

    it('a state that no sign-in started', async () => {
      const browser = env.browser();
      const { callback } = await env.startAndLogin(browser, 'demo-anna');
      const forged = new URL(callback);
      forged.searchParams.set('state', 'x'.repeat(43));
      await refused(browser, forged, 'STATE_MISMATCH');
    });

    it('a callback carried to another browser (login CSRF)', async () => {
      const victim = env.browser();
      const { callback } = await env.startAndLogin(env.browser(), 'demo-peteris');
      const location = await refused(victim, callback, 'STATE_MISMATCH');
      // The attacker's attempt does not choose where the victim's next sign-in returns to.
      expect(location.searchParams.has('returnTo')).toBe(false);
    });

    it('an expired sign-in attempt', async () => {
      const browser = env.browser();
      const { callback } = await env.startAndLogin(browser, 'demo-anna');
      await env.dataSource.query(
        `UPDATE eid_login_attempt SET expires_at = now() - interval '1 second' WHERE state = $1`,
        [callback.searchParams.get('state')],
      );
      await refused(browser, callback, 'STATE_EXPIRED', 'expired');
    });

    it('an ID token with a nonce this attempt did not send', async () => {
      const browser = env.browser();
      const start = await browser.get(EidRoutes.start('daugavpils'));
      const tampered = new URL(start.headers['location'] as string);
      tampered.searchParams.set('nonce', 'n'.repeat(43));
      const callback = await signInAtProvider(tampered.href, 'demo-anna');
      await refused(browser, callback, 'WRONG_NONCE');
    });

    it('an answer from another provider than the one the attempt was sent to (wrong issuer)', async () => {
      const impostor = await startOidc();
      try {
        const browser = env.browser();
        const start = await browser.get(EidRoutes.start('daugavpils'));
        const elsewhere = new URL(start.headers['location'] as string);
        const redirected = new URL(`${elsewhere.pathname}${elsewhere.search}`, impostor.issuer);
        const callback = await signInAtProvider(redirected.href, 'demo-anna');
        expect(callback.searchParams.get('iss')).toBe(impostor.issuer);
        await refused(browser, callback, 'WRONG_ISSUER');
      } finally {
        await impostor.stop();
      }
    });

    it('an ID token issued to another client (wrong audience)', async () => {
      const tampering = await startOidc({ tamperIdToken: { aud: 'another-service' } });
      const original = await env.dataSource.query<Array<{ issuer_url: string }>>(`SELECT issuer_url FROM eid_provider`);
      await env.dataSource.query(`UPDATE eid_provider SET issuer_url = $1`, [tampering.issuer]);
      try {
        const browser = env.browser();
        const { callback } = await env.startAndLogin(browser, 'demo-anna');
        await refused(browser, callback, 'WRONG_AUDIENCE');
      } finally {
        await env.dataSource.query(`UPDATE eid_provider SET issuer_url = $1`, [original[0].issuer_url]);
        await tampering.stop();
      }
    });

    it('a person who cancels at the provider, who keeps the way back for the next try', async () => {
      const browser = env.browser();
      const start = await browser.get(EidRoutes.start('daugavpils'), { query: { returnTo: '/proposals' } });
      const state = new URL(start.headers['location'] as string).searchParams.get('state') ?? '';
      const callback = new URL(
        `${EidRoutes.callback}?error=access_denied&state=${state}&iss=${encodeURIComponent(env.op.issuer)}`,
        'http://balss.test',
      );
      const location = await refused(browser, callback, 'CANCELLED', 'cancelled');
      expect(location.searchParams.get('returnTo')).toBe('/proposals');
    });
  });
});
