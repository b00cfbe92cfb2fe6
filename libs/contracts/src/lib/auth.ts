import type { Permission, Role } from './access';
import type { Locale } from './locale';
import { API_PREFIX } from './routes';

/**
 * Signing in and one's own account: cookie and header names, routes and bodies. The browser is
 * authenticated by an httpOnly session cookie; API clients by `Authorization: Bearer <token>`.
 */

/** httpOnly, SameSite=Lax, Secure in production; holds a random 256-bit token (the server keeps only its SHA-256). */
export const SESSION_COOKIE = 'balss_session';

/**
 * Readable by the web app's JavaScript. Every state-changing request (POST, PUT, PATCH, DELETE) that is
 * not bearer-authenticated must echo its value in the CSRF_HEADER. Angular:
 * `withXsrfConfiguration({ cookieName: CSRF_COOKIE, headerName: CSRF_HEADER })`. Before the first POST
 * of a visit (sign-in, registration), `GET AuthRoutes.csrf` makes sure the cookie exists.
 */
export const CSRF_COOKIE = 'balss_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** Personal access tokens start with this, so secret scanners and people recognise a leaked one. */
export const ACCESS_TOKEN_PREFIX = 'balss_pat_';

const api = `/${API_PREFIX}`;
const id = (value: string) => encodeURIComponent(value);

export const AuthRoutes = {
  csrf: `${api}/auth/csrf`,
  register: `${api}/auth/register`,
  verifyEmail: `${api}/auth/verify-email`,
  resendVerification: `${api}/auth/verify-email/resend`,
  login: `${api}/auth/login`,
  logout: `${api}/auth/logout`,
  passwordReset: `${api}/auth/password-reset`,
  passwordResetConfirm: `${api}/auth/password-reset/confirm`,
  me: `${api}/me`,
  meExport: `${api}/me/export`,
  mePassword: `${api}/me/password`,
  meSessions: `${api}/me/sessions`,
  meSession: (sessionId: string) => `${api}/me/sessions/${id(sessionId)}`,
  meTokens: `${api}/me/tokens`,
  meToken: (tokenId: string) => `${api}/me/tokens/${id(tokenId)}`,
} as const;

/**
 * Pages of the web app that links in e-mails open. The one-time token travels in the fragment, which
 * browsers never send to a server nor put in a Referer header; the page POSTs it to the API.
 */
export const WebLinks = {
  verifyEmail: (token: string) => `/account/verify-email#token=${id(token)}`,
  resetPassword: (token: string) => `/account/reset-password#token=${id(token)}`,
  /** The form asking for a reset link (no token). */
  forgotPassword: '/account/forgot-password',
} as const;

/** Passwords: at least this many characters (NIST SP 800-63B: length, a blocklist, no composition rules). */
export const PASSWORD_MIN_LENGTH = 12;
/** argon2 hashes any length, but an unbounded input is a cheap way to burn server CPU. */
export const PASSWORD_MAX_LENGTH = 128;

/** How a session was started. e-ID and youth codes add their own sign-in flows on top of the session core. */
export type AuthMethod = 'password' | 'eid' | 'youth-code';

/** GET /api/me: the signed-in person in the session's municipality. */
export interface CurrentUserDto {
  id: string;
  /** Absent for accounts without an address (e-ID only, some youth accounts). */
  email?: string;
  emailVerified: boolean;
  displayName: string;
  locale: Locale;
  municipality: { id: string; slug: string };
  /** Roles in this municipality, plus `platform_admin` when held. */
  roles: Role[];
  permissions: Permission[];
  /** A browser session (cookie) or an API client's access token. */
  credential: 'session' | 'access-token';
  /** How the session was started; null for an access token. */
  authMethod: AuthMethod | null;
  /** ISO 8601: when the session was started (a recent sign-in allows erasure without a password); null for a token. */
  signedInAt: string | null;
}

export interface CsrfDto {
  /** The same value as the CSRF_COOKIE; send it back in the CSRF_HEADER. */
  csrfToken: string;
}

export interface RegisterDto {
  email: string;
  password: string;
  displayName: string;
  /** Slug of the home municipality (`daugavpils`). */
  municipality: string;
  /** Language of the e-mails this account receives. */
  locale: Locale;
}

/**
 * The answer to registration, resend and reset requests is the same whether or not the address is
 * known, so the API cannot be used to find out who has an account.
 */
export interface AcceptedDto {
  status: 'accepted';
}

export interface VerifyEmailDto {
  token: string;
}

export interface ResendVerificationDto {
  email: string;
}

export interface LoginDto {
  email: string;
  password: string;
}

export interface PasswordResetRequestDto {
  email: string;
}

export interface PasswordResetConfirmDto {
  token: string;
  newPassword: string;
}

export interface ChangePasswordDto {
  currentPassword: string;
  newPassword: string;
}

/** DELETE /api/me. `password` is required unless the session was started within the last 10 minutes. */
export interface EraseAccountDto {
  password?: string;
  /** Must be exactly `true`: erasure cannot be undone. */
  confirm: true;
}

export interface SessionSummaryDto {
  id: string;
  authMethod: AuthMethod;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  /** Truncated address (`203.0.113.0/24`) and a short browser description; never the full values. */
  ipPrefix: string | null;
  userAgent: string | null;
  current: boolean;
}

export interface CreateAccessTokenDto {
  name: string;
  /** 1–365; defaults to 90. Tokens never live forever. */
  expiresInDays?: number;
}

export interface AccessTokenDto {
  id: string;
  name: string;
  /** The first characters after ACCESS_TOKEN_PREFIX, to recognise a token in a list. */
  hint: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string;
}

/** Returned once, at creation: the secret is not stored and cannot be shown again. */
export interface CreatedAccessTokenDto extends AccessTokenDto {
  token: string;
}
