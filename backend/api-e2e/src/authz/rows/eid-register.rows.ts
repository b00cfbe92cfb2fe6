import { randomUUID } from 'node:crypto';
import type { AuthzRow, Persona } from '../matrix';
import { EVERYONE, SIGNED_IN } from '../matrix';

/** Register readers: administrators and auditors, each of their own municipality. */
const READERS: readonly Persona[] = ['admin', 'auditor', 'other_admin'];

/** e-ID sign-in and the voter register (issue 3 items 3 and 4). */
export const rows: AuthzRow[] = [
  // e-ID: how a person becomes signed in, so open to all. Start redirects (303) to the provider, or to
  // the sign-in page with ?eid-error=not-configured where there is none; a callback without a started
  // attempt redirects (303) to the sign-in page with ?eid-error=failed — past authorization either way.
  {
    method: 'GET',
    path: '/api/auth/eid/:municipalitySlug/start',
    rule: 'public',
    allow: EVERYONE,
    call: (fx) => ({ path: `/api/auth/eid/${fx.daugavpilsSlug}/start` }),
  },
  {
    method: 'GET',
    path: '/api/auth/eid/callback',
    rule: 'public',
    allow: EVERYONE,
    call: () => ({ query: { state: 'none', code: 'none' } }),
  },

  // The register: each administrator imports their own municipality's (a JSON body is refused with
  // 415 after authorization, so nothing is imported); auditors read but do not import.
  {
    method: 'POST',
    path: '/api/register/imports',
    rule: 'register:import',
    allow: ['admin', 'other_admin'],
    call: () => ({ body: { rows: [] } }),
  },
  { method: 'GET', path: '/api/register/imports', rule: 'register:read', allow: READERS },
  {
    method: 'GET',
    path: '/api/register/imports/:importId',
    rule: 'register:read',
    allow: READERS,
    call: () => ({ path: `/api/register/imports/${randomUUID()}` }),
  },

  // "May I vote?": every signed-in person asks about themselves.
  {
    method: 'GET',
    path: '/api/me/eligibility',
    rule: 'eligibility:read-own',
    allow: SIGNED_IN,
    call: () => ({ query: { date: '2026-11-22' } }),
  },
];
