import { permissionsOf } from '@balss/contracts';
import { ForbiddenError, NotFoundError } from '@balss/util-errors';
import { assertBrowserSession, assertPermission, assertSameMunicipality, PermissionDeniedError } from './access';
import type { Actor } from './actor';

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  municipalityId: 'm1',
  roles: ['admin'],
  permissions: permissionsOf(['admin']),
  isPlatformAdmin: false,
  via: { kind: 'session', sessionId: 's1', method: 'password', authenticatedAt: new Date() },
  ...overrides,
});

describe('access checks', () => {
  it('passes a held permission and refuses a missing one with a 403 naming it', () => {
    expect(() => assertPermission(actor(), 'users:read')).not.toThrow();
    expect(() => assertPermission(actor(), 'municipalities:create')).toThrow(PermissionDeniedError);
    try {
      assertPermission(actor(), 'municipalities:create');
    } catch (error) {
      expect(error).toBeInstanceOf(ForbiddenError);
      expect((error as ForbiddenError).details).toEqual({ permission: 'municipalities:create' });
    }
  });

  it("answers another municipality's row exactly like a missing one (404)", () => {
    expect(() => assertSameMunicipality(actor(), 'm1')).not.toThrow();
    expect(() => assertSameMunicipality(actor(), 'm2', 'user')).toThrow(new NotFoundError('There is no such user.'));
  });

  it('lets only browser sessions do session-only actions', () => {
    expect(() => assertBrowserSession(actor())).not.toThrow();
    expect(() => assertBrowserSession(actor({ via: { kind: 'access-token', tokenId: 't1' } }))).toThrow(ForbiddenError);
  });
});
