import { Logger } from '@nestjs/common';
import type { AuditService, Transactions } from '@balss/domains/identity';
import type { MunicipalityService } from '@balss/domains/municipality';
import { loadConfig } from '@balss/platform/config';
import { NotFoundError } from '@balss/util-errors';
import type { EidAccountService } from './eid-account.service';
import { EID_BROWSER_COOKIE, sha256, type EidRequest, type EidResponse } from './eid-http';
import { EidSignInService } from './eid-sign-in.service';
import type { EidLoginAttemptEntity } from './entities/eid-login-attempt.entity';
import type { EidProviderEntity } from './entities/eid-provider.entity';
import type { OidcClient } from './oidc/oidc-client';
import type { EidLoginAttemptRepository } from './persistence/eid-login-attempt.repository';
import type { EidProviderRepository } from './persistence/eid-provider.repository';
import { PersonalCodeHasher } from './personal-code-hasher';

const config = loadConfig({
  DATABASE_URL: 'postgres://u:p@h/d',
  REDIS_URL: 'redis://h',
  PUBLIC_URL: 'https://balss.example',
  EID_CLIENT_SECRET_D: 's3cret',
});
const provider = {
  id: 'p1',
  issuerUrl: 'https://id.example',
  clientId: 'balss',
  clientSecretEnv: 'EID_CLIENT_SECRET_D',
  scopes: 'openid profile',
  personalCodeClaim: 'personal_code',
  enabled: true,
} as EidProviderEntity;
const NOW = new Date('2026-11-22T10:00:00Z');

describe('EidSignInService', () => {
  let providers: jest.Mocked<Pick<EidProviderRepository, 'findEnabledForMunicipality' | 'findById'>>;
  let attempts: jest.Mocked<
    Pick<EidLoginAttemptRepository, 'insert' | 'findByState' | 'complete' | 'deleteExpiredBefore'>
  >;
  let oidc: jest.Mocked<
    Pick<OidcClient, 'newState' | 'newNonce' | 'newCodeVerifier' | 'authorizationUrl' | 'exchange'>
  >;
  let accounts: jest.Mocked<Pick<EidAccountService, 'signIn'>>;
  let audit: jest.Mocked<Pick<AuditService, 'record'>>;
  let municipalities: jest.Mocked<Pick<MunicipalityService, 'requireIdBySlug'>>;
  let response: jest.Mocked<EidResponse>;
  let sut: EidSignInService;

  const attempt = (overrides: Partial<EidLoginAttemptEntity> = {}) =>
    ({
      id: 'a1',
      state: 'st',
      municipalityId: 'm1',
      providerId: 'p1',
      browserBindingHash: sha256('binding'),
      codeVerifier: 'v',
      nonce: 'n',
      returnTo: '/x',
      expiresAt: new Date(NOW.getTime() + 60_000),
      completedAt: null,
      ...overrides,
    }) as EidLoginAttemptEntity;
  const request = (cookie?: string): EidRequest => ({
    method: 'GET',
    originalUrl: '/api/auth/eid/callback?code=c&state=st',
    headers: {},
    ip: '203.0.113.7',
    cookies: cookie ? { [EID_BROWSER_COOKIE]: cookie } : {},
  });

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    providers = {
      findEnabledForMunicipality: jest.fn().mockResolvedValue(provider),
      findById: jest.fn().mockResolvedValue(provider),
    };
    attempts = {
      insert: jest.fn(),
      findByState: jest.fn().mockResolvedValue(attempt()),
      complete: jest.fn().mockResolvedValue(true),
      deleteExpiredBefore: jest.fn(),
    };
    oidc = {
      newState: jest.fn().mockReturnValue('st'),
      newNonce: jest.fn().mockReturnValue('n'),
      newCodeVerifier: jest.fn().mockReturnValue('v'),
      authorizationUrl: jest.fn().mockResolvedValue(new URL('https://id.example/auth?x=1')),
      exchange: jest
        .fn()
        .mockResolvedValue({ ok: true, claims: { personal_code: '120590-10000', name: 'Anna Bērziņa' } }),
    };
    accounts = { signIn: jest.fn().mockResolvedValue({ userId: 'u1', created: true }) };
    audit = { record: jest.fn().mockResolvedValue(undefined) };
    municipalities = { requireIdBySlug: jest.fn().mockResolvedValue('m1') };
    response = { cookie: jest.fn(), clearCookie: jest.fn(), setHeader: jest.fn() };
    const transactions = {
      run: async (work: (tx: unknown) => Promise<unknown>) => work({}),
    } as unknown as Transactions;
    sut = new EidSignInService(
      config,
      municipalities as unknown as MunicipalityService,
      providers as unknown as EidProviderRepository,
      attempts as unknown as EidLoginAttemptRepository,
      oidc as unknown as OidcClient,
      new PersonalCodeHasher(config),
      accounts as unknown as EidAccountService,
      audit as unknown as AuditService,
      transactions,
    );
  });

  describe('start', () => {
    it('keeps verifier, nonce and a hash of the browser binding server-side, and gives the browser only the binding', async () => {
      const url = await sut.start('daugavpils', '//evil.example', response, NOW);
      expect(url).toBe('https://id.example/auth?x=1');
      expect(oidc.authorizationUrl).toHaveBeenCalledWith(
        expect.objectContaining({ clientSecret: 's3cret' }),
        expect.objectContaining({
          redirectUri: 'https://balss.example/api/auth/eid/callback',
          state: 'st',
          nonce: 'n',
          codeVerifier: 'v',
        }),
      );
      const [[name, binding, options]] = response.cookie.mock.calls;
      expect([name, options]).toEqual([
        EID_BROWSER_COOKIE,
        { httpOnly: true, sameSite: 'lax', secure: false, path: '/api/auth/eid', maxAge: 600_000 },
      ]);
      expect(attempts.insert).toHaveBeenCalledWith(
        expect.objectContaining({
          browserBindingHash: sha256(binding),
          returnTo: '/',
          expiresAt: new Date(NOW.getTime() + 600_000),
        }),
      );
    });

    it('sends the browser back to the sign-in page when the municipality has no e-ID, keeping a safe returnTo', async () => {
      municipalities.requireIdBySlug.mockRejectedValueOnce(new (class extends NotFoundError {})('no'));
      expect(await sut.start('atlantis', '/account/profile', response)).toBe(
        '/account/sign-in?eid-error=not-configured&returnTo=%2Faccount%2Fprofile',
      );
      providers.findEnabledForMunicipality.mockResolvedValueOnce(null);
      expect(await sut.start('daugavpils', '//evil.example', response)).toBe(
        '/account/sign-in?eid-error=not-configured&returnTo=%2F',
      );
      expect(attempts.insert).not.toHaveBeenCalled();
      expect(response.cookie).not.toHaveBeenCalled();
    });

    it('sends the browser back with "unavailable" when the provider cannot be reached', async () => {
      oidc.authorizationUrl.mockRejectedValueOnce(new Error('ECONNREFUSED'));
      expect(await sut.start('daugavpils', undefined, response)).toBe('/account/sign-in?eid-error=unavailable&returnTo=%2F');
      expect(attempts.insert).not.toHaveBeenCalled();
    });

    it('lets an unexpected error through (a 500, logged), rather than hiding it behind the sign-in page', async () => {
      attempts.insert.mockRejectedValueOnce(new Error('database down'));
      await expect(sut.start('daugavpils', undefined, response)).rejects.toThrow('database down');
    });
  });

  describe('complete', () => {
    it('signs the proven person in by the keyed hash and returns the saved path', async () => {
      expect(await sut.complete(request('binding'), response, null, NOW)).toBe('/x');
      const person = accounts.signIn.mock.calls[0][2];
      expect(person).toMatchObject({ municipalityId: 'm1', displayName: 'Anna Bērziņa' });
      expect(person.personalCodeHash).toHaveLength(32);
      expect(response.clearCookie).toHaveBeenCalledWith(
        EID_BROWSER_COOKIE,
        expect.objectContaining({ path: '/api/auth/eid' }),
      );
    });

    it('refuses a callback without the browser binding (STATE_MISMATCH) before touching the provider, and audits it', async () => {
      // No returnTo: the attempt may be someone else's (login CSRF), so it does not choose the way back.
      expect(await sut.complete(request(), response, null, NOW)).toBe('/account/sign-in?eid-error=failed');
      expect(oidc.exchange).not.toHaveBeenCalled();
      expect(accounts.signIn).not.toHaveBeenCalled();
      expect(audit.record).toHaveBeenCalledWith(
        {},
        expect.objectContaining({
          action: 'auth.sign-in-failed',
          outcome: 'failure',
          municipalityId: 'm1',
          ipPrefix: '203.0.113.0/24',
          details: { method: 'eid', reason: 'STATE_MISMATCH' },
        }),
      );
    });

    it('refuses a second use of one attempt even when two callbacks race (STATE_REUSED)', async () => {
      attempts.complete.mockResolvedValueOnce(false);
      expect(await sut.complete(request('binding'), response, null, NOW)).toBe(
        '/account/sign-in?eid-error=failed&returnTo=%2Fx',
      );
      expect(audit.record).toHaveBeenCalledWith(
        {},
        expect.objectContaining({ details: { method: 'eid', reason: 'STATE_REUSED' } }),
      );
      expect(accounts.signIn).not.toHaveBeenCalled();
    });

    it.each([
      ['CANCELLED', 'cancelled'],
      ['WRONG_NONCE', 'failed'],
      ['PROVIDER_ERROR', 'failed'],
      ['CODE_REJECTED', 'failed'],
    ] as const)(
      'sends a %s refusal to the sign-in page as "%s", audited with the exact reason',
      async (reason, problem) => {
        oidc.exchange.mockResolvedValueOnce({ ok: false, reason, error: new Error(reason) });
        expect(await sut.complete(request('binding'), response, null, NOW)).toBe(
          `/account/sign-in?eid-error=${problem}&returnTo=%2Fx`,
        );
        expect(audit.record).toHaveBeenCalledWith({}, expect.objectContaining({ details: { method: 'eid', reason } }));
        expect(accounts.signIn).not.toHaveBeenCalled();
      },
    );

    it('tells the person an expired attempt, an unreachable provider and a withdrawn provider apart', async () => {
      attempts.findByState.mockResolvedValueOnce(attempt({ expiresAt: new Date(NOW.getTime() - 1) }));
      expect(await sut.complete(request('binding'), response, null, NOW)).toMatch(/eid-error=expired/);
      oidc.exchange.mockResolvedValueOnce({ ok: false, reason: 'PROVIDER_UNAVAILABLE', error: new Error('down') });
      expect(await sut.complete(request('binding'), response, null, NOW)).toMatch(/eid-error=unavailable/);
      providers.findById.mockResolvedValueOnce({ ...provider, enabled: false } as EidProviderEntity);
      expect(await sut.complete(request('binding'), response, null, NOW)).toMatch(/eid-error=not-configured/);
      expect(audit.record).toHaveBeenCalledTimes(3);
    });

    it('lets an unexpected error through (the error filter answers 500), without a refusal audit', async () => {
      accounts.signIn.mockRejectedValueOnce(new Error('database down'));
      await expect(sut.complete(request('binding'), response, null, NOW)).rejects.toThrow('database down');
      expect(audit.record).not.toHaveBeenCalled();
    });

    it('passes the provider check results through as reasons', async () => {
      oidc.exchange.mockResolvedValueOnce({ ok: false, reason: 'WRONG_AUDIENCE', error: new Error('aud') });
      expect(await sut.complete(request('binding'), response, null, NOW)).toMatch(
        /^\/account\/sign-in\?eid-error=failed/,
      );
      expect(audit.record).toHaveBeenCalledWith(
        {},
        expect.objectContaining({ details: { method: 'eid', reason: 'WRONG_AUDIENCE' } }),
      );
      expect(accounts.signIn).not.toHaveBeenCalled();
    });

    it('refuses an identity without a valid personal code, and never puts the claim into the audit trail', async () => {
      oidc.exchange.mockResolvedValueOnce({ ok: true, claims: { personal_code: '120590-10001' } });
      expect(await sut.complete(request('binding'), response, null, NOW)).toMatch(/eid-error=no-personal-code/);
      expect(JSON.stringify(audit.record.mock.calls)).not.toContain('120590');
      expect(accounts.signIn).not.toHaveBeenCalled();
    });
  });
});
