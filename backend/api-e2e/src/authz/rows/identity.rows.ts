import { randomUUID } from 'node:crypto';
import type { AuthzRow, Persona } from '../matrix';
import { EVERYONE, SIGNED_IN } from '../matrix';

const READERS: readonly Persona[] = ['admin', 'auditor', 'other_admin'];
/** An empty body passes authorization and then fails validation (400): proof without side effects. */
const invalid = () => ({ body: {} });

/** Endpoints of the identity core (issue 3): auth, own account, users and roles, audit, tenants. */
export const rows: AuthzRow[] = [
  // --- public ----------------------------------------------------------------------------------
  { method: 'GET', path: '/api/health', rule: 'public', allow: EVERYONE },
  { method: 'GET', path: '/api/municipalities', rule: 'public', allow: EVERYONE },
  { method: 'GET', path: '/api/municipalities/:slug', rule: 'public', allow: EVERYONE, call: (fx) => ({ path: `/api/municipalities/${fx.daugavpilsSlug}` }) },
  { method: 'GET', path: '/api/auth/csrf', rule: 'public', allow: EVERYONE },
  { method: 'POST', path: '/api/auth/register', rule: 'public', allow: EVERYONE, call: invalid },
  { method: 'POST', path: '/api/auth/verify-email', rule: 'public', allow: EVERYONE, call: invalid },
  { method: 'POST', path: '/api/auth/verify-email/resend', rule: 'public', allow: EVERYONE, call: invalid },
  { method: 'POST', path: '/api/auth/login', rule: 'public', allow: EVERYONE, call: invalid },
  { method: 'POST', path: '/api/auth/logout', rule: 'public', allow: EVERYONE },
  { method: 'POST', path: '/api/auth/password-reset', rule: 'public', allow: EVERYONE, call: invalid },
  { method: 'POST', path: '/api/auth/password-reset/confirm', rule: 'public', allow: EVERYONE, call: invalid },

  // --- one's own account: every signed-in person ------------------------------------------------
  { method: 'GET', path: '/api/me', rule: 'account:read-own', allow: SIGNED_IN },
  { method: 'GET', path: '/api/me/export', rule: 'account:export-own', allow: SIGNED_IN },
  { method: 'DELETE', path: '/api/me', rule: 'account:erase-own', allow: SIGNED_IN, call: invalid },
  { method: 'PUT', path: '/api/me/password', rule: 'account:manage-own', allow: SIGNED_IN, call: invalid },
  { method: 'GET', path: '/api/me/sessions', rule: 'account:read-own', allow: SIGNED_IN },
  { method: 'DELETE', path: '/api/me/sessions/:id', rule: 'account:manage-own', allow: SIGNED_IN, call: () => ({ path: `/api/me/sessions/${randomUUID()}` }) },
  { method: 'GET', path: '/api/me/tokens', rule: 'account:read-own', allow: SIGNED_IN },
  { method: 'POST', path: '/api/me/tokens', rule: 'account:manage-own', allow: SIGNED_IN, call: invalid },
  { method: 'DELETE', path: '/api/me/tokens/:id', rule: 'account:manage-own', allow: SIGNED_IN, call: () => ({ path: `/api/me/tokens/${randomUUID()}` }) },

  // --- administration of one's own municipality -------------------------------------------------
  // Lists show the caller's own municipality, so the other municipality's administrator is allowed
  // (and sees only their own people: identity/admin.e2e-spec.ts).
  { method: 'GET', path: '/api/users', rule: 'users:read', allow: READERS },
  {
    method: 'GET',
    path: '/api/users/:id',
    rule: 'users:read',
    allow: ['admin', 'auditor'],
    expect: { other_admin: 404 },
    call: (fx) => ({ path: `/api/users/${fx.daugavpilsTargetUserId}` }),
  },
  {
    method: 'PUT',
    path: '/api/users/:id/roles/:role',
    rule: 'users:assign-roles',
    allow: ['admin'],
    expect: { other_admin: 404 },
    call: (fx) => ({ path: `/api/users/${fx.daugavpilsTargetUserId}/roles/reviewer` }),
  },
  {
    method: 'DELETE',
    path: '/api/users/:id/roles/:role',
    rule: 'users:assign-roles',
    allow: ['admin'],
    expect: { other_admin: 404 },
    call: (fx) => ({ path: `/api/users/${fx.daugavpilsTargetUserId}/roles/reviewer` }),
  },
  { method: 'GET', path: '/api/audit', rule: 'audit:read', allow: READERS },

  // --- platform -----------------------------------------------------------------------------------
  { method: 'POST', path: '/api/municipalities', rule: 'municipalities:create', allow: ['platform_admin'], call: invalid },
  { method: 'GET', path: '/api/platform/audit', rule: 'audit:read-platform', allow: ['platform_admin'] },
];

