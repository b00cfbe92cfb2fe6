import type { Role } from './access';
import type { SessionSummaryDto } from './auth';
import type { Locale, LocalizedText } from './locale';
import { API_PREFIX } from './routes';

/** Administration of people, roles, tenants and the audit trail. */
const api = `/${API_PREFIX}`;
const id = (value: string) => encodeURIComponent(value);

export const IdentityRoutes = {
  users: `${api}/users`,
  user: (userId: string) => `${api}/users/${id(userId)}`,
  userRole: (userId: string, role: Role) => `${api}/users/${id(userId)}/roles/${id(role)}`,
  audit: `${api}/audit`,
  /** GET: the audit events that belong to no municipality (platform administrators). */
  platformAudit: `${api}/platform/audit`,
  /** POST: a platform administrator creates a municipality (GET lists them, public). */
  municipalities: `${api}/municipalities`,
} as const;

/** A page of a list. `page` starts at 1. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export const MAX_PAGE_SIZE = 100;

/** GET /api/users?role=&page=&pageSize= (users of the administrator's own municipality). */
export interface ListUsersQueryDto {
  role?: Role;
  page?: number;
  pageSize?: number;
}

/** An account as an administrator of its municipality sees it. */
export interface UserSummaryDto {
  id: string;
  email: string | null;
  displayName: string | null;
  emailVerified: boolean;
  /** Roles in the administrator's municipality. */
  roles: Role[];
  createdAt: string;
  /** Set for an erased account: identity removed, the row kept as an anonymous tombstone. */
  erasedAt: string | null;
}

/** The audit trail's action names. Other domains add theirs here (with a reason in the commit). */
export const AUDIT_ACTIONS = [
  'auth.sign-in',
  'auth.sign-in-failed',
  'auth.sign-out',
  'auth.password-reset-requested',
  'auth.password-reset',
  'auth.password-changed',
  'auth.email-verified',
  'account.registered',
  'account.erased',
  'account.token-created',
  'account.token-revoked',
  'role.granted',
  'role.revoked',
  'municipality.created',
  'register.imported',
  'youth-code.redeemed',
  'youth-code-batch.created',
  'youth-code-batch.reissued',
  'youth-code-batch.revoked',
  'mentor.confirmed',
  'mentor.declined',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditOutcome = 'success' | 'failure';

export interface AuditEventDto {
  id: string;
  at: string;
  action: AuditAction;
  outcome: AuditOutcome;
  actorUserId: string | null;
  targetType: string | null;
  targetId: string | null;
  /** IPv4 /24 or IPv6 /48: enough to see an attack's origin, not enough to identify a household. */
  ipPrefix: string | null;
  /** Non-personal facts about the event (the role granted, the reason a sign-in failed). */
  details: Record<string, unknown> | null;
}

/** GET /api/audit?action=&actorUserId=&targetId=&page=&pageSize= (the caller's municipality). */
export interface ListAuditQueryDto {
  action?: AuditAction;
  actorUserId?: string;
  targetId?: string;
  page?: number;
  pageSize?: number;
}

/** POST /api/municipalities: a new tenant and its first administrator, invited by e-mail. */
export interface CreateMunicipalityDto {
  slug: string;
  name: LocalizedText;
  admin: { email: string; displayName: string; locale: Locale };
  /** Its neighbourhoods (apkaimes, parishes), if known now; slugs unique within the list. */
  neighbourhoods?: Array<{ slug: string; name: LocalizedText }>;
}

/** GET /api/me/export: everything stored about the caller by the identity core (other domains add sections). */
export interface PersonalDataExportDto {
  exportedAt: string;
  account: {
    id: string;
    email: string | null;
    emailVerified: boolean;
    displayName: string | null;
    locale: Locale;
    municipality: { id: string; slug: string };
    createdAt: string;
    hasPassword: boolean;
  };
  roles: Array<{ role: Role; municipalityId: string | null; grantedAt: string }>;
  sessions: Array<Omit<SessionSummaryDto, 'current'>>;
  accessTokens: Array<{ id: string; name: string; createdAt: string; lastUsedAt: string | null; expiresAt: string }>;
  auditEvents: AuditEventDto[];
  /** Sections contributed by other domains (e-ID link, youth profile, …), keyed by domain name. */
  other: Record<string, unknown>;
}

