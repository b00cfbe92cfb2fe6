/**
 * Who may do what. Roles are granted per municipality (the tenant), except `platform_admin`, which
 * spans all municipalities. Every endpoint names one permission; the guard resolves the actor's
 * roles in the request's municipality to permissions through ROLE_PERMISSIONS, and every service
 * method checks again before acting (practice 6). Adding an endpoint means adding its permission
 * here and a row to the authorization matrix test.
 */
export const ROLES = [
  'resident',
  'youth',
  'mentor',
  'reviewer',
  'poll_officer',
  'admin',
  'auditor',
  'platform_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  // one's own account (any signed-in person)
  'account:read-own',
  /** change password, list and revoke own sessions, create and revoke own access tokens */
  'account:manage-own',
  'account:export-own',
  'account:erase-own',
  'eligibility:read-own',
  // youth path
  'youth:draft-application',
  'youth:submit-application',
  'mentor:vouch',
  // municipality administration
  'users:read',
  'users:assign-roles',
  'register:import',
  'register:read',
  'youth-codes:issue',
  'audit:read',
  'queues:dashboard',
  // review and paper ballots (later issues)
  'proposals:review',
  'ballots:enter-paper',
  // platform
  'municipalities:create',
  /** the audit events that belong to no municipality (e.g. failed sign-ins for unknown addresses) */
  'audit:read-platform',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const OWN_ACCOUNT: Permission[] = [
  'account:read-own',
  'account:manage-own',
  'account:export-own',
  'account:erase-own',
  'eligibility:read-own',
];

/**
 * The grant table. Auditors read everything an administrator reads and change nothing; a youth
 * member drafts applications, and submits them only once a responsible adult has confirmed (that
 * second condition is checked by the service, not by the role).
 * The queue dashboard is platform-only: its jobs span every municipality and mail jobs carry
 * addresses and single-use links, so a municipal administrator must not see them. So is the audit
 * trail of no municipality: it records attempts on addresses no municipality knows.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  resident: [...OWN_ACCOUNT],
  youth: [...OWN_ACCOUNT, 'youth:draft-application', 'youth:submit-application'],
  mentor: [...OWN_ACCOUNT, 'mentor:vouch'],
  reviewer: [...OWN_ACCOUNT, 'proposals:review'],
  poll_officer: [...OWN_ACCOUNT, 'ballots:enter-paper'],
  admin: [
    ...OWN_ACCOUNT,
    'users:read',
    'users:assign-roles',
    'register:import',
    'register:read',
    'youth-codes:issue',
    'audit:read',
  ],
  auditor: [...OWN_ACCOUNT, 'users:read', 'register:read', 'audit:read'],
  platform_admin: [...OWN_ACCOUNT, 'municipalities:create', 'queues:dashboard', 'audit:read-platform'],
};

export function permissionsOf(roles: readonly Role[]): ReadonlySet<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
