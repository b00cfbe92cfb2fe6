import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_COOKIE, CSRF_HEADER, permissionsOf, SESSION_COOKIE } from '@balss/contracts';
import { type Actor, CsrfExempt, Public, RequirePermission } from '@balss/platform/auth';
import { ForbiddenError, UnauthenticatedError } from '@balss/util-errors';
import { csrfTokenForSession } from '../crypto/secrets';
import type { SessionService } from '../sessions/session.service';
import type { AccessTokenService } from '../tokens/access-token.service';
import { ApiAuthGuard } from './api-auth.guard';
import { CsrfRejectedError } from './csrf';
import type { HttpRequest } from './http';
import { BearerStrategy, InvalidAccessTokenError, SessionStrategy } from './strategies';

class Endpoints {
  @Public()
  open(): string {
    return 'open';
  }

  @RequirePermission('users:read')
  users(): string {
    return 'users';
  }

  @Public()
  @CsrfExempt()
  callback(): string {
    return 'callback';
  }

  undeclared(): string {
    return 'undeclared';
  }

  @Public()
  @RequirePermission('users:read')
  both(): string {
    return 'both';
  }
}

const admin: Actor = {
  userId: 'u1',
  municipalityId: 'm1',
  roles: ['admin'],
  permissions: permissionsOf(['admin']),
  isPlatformAdmin: false,
  via: { kind: 'session', sessionId: 's1', method: 'password', authenticatedAt: new Date() },
};
const resident: Actor = { ...admin, roles: ['resident'], permissions: permissionsOf(['resident']) };

function contextFor(handler: keyof Endpoints, request: Partial<HttpRequest>): { context: ExecutionContext; request: HttpRequest } {
  const req = { method: 'GET', headers: {}, cookies: {}, ...request } as HttpRequest;
  const context = {
    getClass: () => Endpoints,
    getHandler: () => Endpoints.prototype[handler],
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => ({}), getNext: () => undefined }),
  } as unknown as ExecutionContext;
  return { context, request: req };
}

describe('ApiAuthGuard', () => {
  let sessions: jest.Mocked<Pick<SessionService, 'resolve'>>;
  let tokens: jest.Mocked<Pick<AccessTokenService, 'resolve'>>;
  let sut: ApiAuthGuard;

  beforeEach(() => {
    sessions = { resolve: jest.fn().mockResolvedValue(null) };
    tokens = { resolve: jest.fn().mockResolvedValue(null) };
    // Strategies register themselves with passport when constructed, as Nest does at boot.
    new SessionStrategy(sessions as unknown as SessionService);
    new BearerStrategy(tokens as unknown as AccessTokenService);
    sut = new ApiAuthGuard(new Reflector());
    jest.spyOn(sut['logger'], 'error').mockImplementation(() => undefined);
  });

  it('lets anyone call a public endpoint and leaves them anonymous', async () => {
    const { context, request } = contextFor('open', {});
    await expect(sut.canActivate(context)).resolves.toBe(true);
    expect(request.user).toBeNull();
  });

  it('fails closed on an endpoint without a rule, or with two', async () => {
    await expect(sut.canActivate(contextFor('undeclared', {}).context)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sut.canActivate(contextFor('both', {}).context)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('answers 401 to an anonymous caller of a protected endpoint', async () => {
    await expect(sut.canActivate(contextFor('users', {}).context)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('answers 401 to an unknown or expired session cookie on a protected endpoint', async () => {
    const { context } = contextFor('users', { cookies: { [SESSION_COOKIE]: 'forged' } });
    await expect(sut.canActivate(context)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(sessions.resolve).toHaveBeenCalledWith('forged');
  });

  it('admits a session holding the permission and stores the actor on the request', async () => {
    sessions.resolve.mockResolvedValue(admin);
    const { context, request } = contextFor('users', { cookies: { [SESSION_COOKIE]: 'good' } });
    await expect(sut.canActivate(context)).resolves.toBe(true);
    expect(request.user).toBe(admin);
  });

  it('answers 403 naming the permission when the role lacks it', async () => {
    sessions.resolve.mockResolvedValue(resident);
    const { context } = contextFor('users', { cookies: { [SESSION_COOKIE]: 'good' } });
    await expect(sut.canActivate(context)).rejects.toMatchObject({ kind: 'forbidden', details: { permission: 'users:read' } });
  });

  it('refuses an invalid bearer token with 401 even on a public endpoint', async () => {
    const { context } = contextFor('open', { headers: { authorization: 'Bearer balss_pat_nope' } });
    await expect(sut.canActivate(context)).rejects.toBeInstanceOf(InvalidAccessTokenError);
  });

  describe('CSRF on state-changing requests', () => {
    it('refuses a POST without the header, or with a header that differs from the cookie', async () => {
      const missing = contextFor('open', { method: 'POST', cookies: { [CSRF_COOKIE]: 'a' } });
      await expect(sut.canActivate(missing.context)).rejects.toBeInstanceOf(CsrfRejectedError);
      const wrong = contextFor('open', { method: 'POST', cookies: { [CSRF_COOKIE]: 'a' }, headers: { 'x-csrf-token': 'b' } });
      await expect(sut.canActivate(wrong.context)).rejects.toBeInstanceOf(CsrfRejectedError);
    });

    it('accepts a matching anonymous pair', async () => {
      const { context } = contextFor('open', { method: 'POST', cookies: { [CSRF_COOKIE]: 'a' }, headers: { [CSRF_HEADER.toLowerCase()]: 'a' } });
      await expect(sut.canActivate(context)).resolves.toBe(true);
    });

    it("with a session, wants the session's own token, not just any matching pair", async () => {
      sessions.resolve.mockResolvedValue(admin);
      const tossed = contextFor('users', {
        method: 'DELETE',
        cookies: { [SESSION_COOKIE]: 'secret', [CSRF_COOKIE]: 'planted' },
        headers: { 'x-csrf-token': 'planted' },
      });
      await expect(sut.canActivate(tossed.context)).rejects.toBeInstanceOf(CsrfRejectedError);
      const good = csrfTokenForSession('secret');
      const real = contextFor('users', {
        method: 'DELETE',
        cookies: { [SESSION_COOKIE]: 'secret', [CSRF_COOKIE]: good },
        headers: { 'x-csrf-token': good },
      });
      await expect(sut.canActivate(real.context)).resolves.toBe(true);
    });

    it('exempts bearer-token requests and @CsrfExempt endpoints', async () => {
      tokens.resolve.mockResolvedValue({ ...admin, via: { kind: 'access-token', tokenId: 't1' } });
      const bearer = contextFor('users', { method: 'POST', headers: { authorization: 'Bearer balss_pat_good' } });
      await expect(sut.canActivate(bearer.context)).resolves.toBe(true);
      await expect(sut.canActivate(contextFor('callback', { method: 'POST' }).context)).resolves.toBe(true);
    });
  });
});
