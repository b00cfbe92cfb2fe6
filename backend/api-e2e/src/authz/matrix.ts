import type { Permission } from '@balss/contracts';

/**
 * The authorization matrix: one row per HTTP endpoint of the real AppModule, saying which rule the
 * endpoint must declare and who gets past authorization. `authorization-matrix.e2e-spec.ts` calls
 * every endpoint as every persona and fails on a route without a row, a row without a route, a
 * declared rule that differs from the row, or an outcome that differs from the row.
 *
 * Add rows for your endpoints in `rows/<domain>.rows.ts` exporting `rows: AuthzRow[]`; the spec
 * loads every file in that folder, so no shared index needs editing.
 */

/** Everyone the matrix calls as. Roles are held in Daugavpils; `other_admin` administers another municipality. */
export const PERSONAS = [
  'anonymous',
  'resident',
  'youth',
  'mentor',
  'reviewer',
  'poll_officer',
  'admin',
  'auditor',
  'platform_admin',
  'other_admin',
] as const;
export type Persona = (typeof PERSONAS)[number];
export type SignedInPersona = Exclude<Persona, 'anonymous'>;

export const EVERYONE: readonly Persona[] = PERSONAS;
export const SIGNED_IN: readonly Persona[] = PERSONAS.filter((p) => p !== 'anonymous');

/** What a row may use to build a concrete request (ids of rows created by the matrix's setup). */
export interface MatrixFixtures {
  /** User id of each signed-in persona. */
  userId: Record<SignedInPersona, string>;
  /** A Daugavpils resident who is nobody's persona: a safe target for role changes. */
  daugavpilsTargetUserId: string;
  daugavpilsMunicipalityId: string;
  otherMunicipalityId: string;
  /** Slugs: `daugavpils` and the other municipality's. */
  daugavpilsSlug: string;
  otherSlug: string;
}

export interface AuthzCall {
  /** Concrete path (params filled in); default: the row's path as is. */
  path?: string;
  query?: Record<string, string | number>;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface AuthzRow {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As Nest registers it, with the global prefix: `/api/users/:id/roles/:role`. */
  path: string;
  /** The rule the endpoint must declare: `public`, or its one permission. */
  rule: 'public' | Permission;
  /** Personas that get past authorization (any status but 401/403 counts as "allowed"). */
  allow: readonly Persona[];
  /**
   * Exact statuses for particular personas, e.g. `{ other_admin: 404 }` when the call targets a
   * Daugavpils resource: another municipality's row must look like a missing one.
   */
  expect?: Partial<Record<Persona, number>>;
  /**
   * Builds the request. Prefer calls that pass authorization but change nothing (an invalid body →
   * 400, a random id → 404): the matrix proves who is let in, the domain specs prove what happens.
   */
  call?: (fixtures: MatrixFixtures, persona: Persona) => AuthzCall;
}
