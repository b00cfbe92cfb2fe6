import { permissionsOf, type Role } from '@balss/contracts';
import type { Actor } from '@balss/platform/auth';

/** An actor for unit tests: a browser session in municipality m1 with the given roles. */
export function actorWith(roles: Role[], overrides: Partial<Actor> = {}): Actor {
  return {
    userId: 'u-actor',
    municipalityId: 'm1',
    roles,
    permissions: permissionsOf(roles),
    isPlatformAdmin: roles.includes('platform_admin'),
    via: { kind: 'session', sessionId: 's1', method: 'password', authenticatedAt: new Date('2026-06-01T10:00:00Z') },
    ...overrides,
  };
}

/** A Transactions stand-in that runs the work with a fake handle (unit tests only; not exported by the lib). */
export const fakeTransactions = () => ({ run: (work: (tx: unknown) => Promise<unknown>) => work({ tx: true }) });
