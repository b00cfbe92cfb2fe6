import { API_PREFIX } from './routes';

/**
 * Signing in with e-ID (Latvija.lv, eParaksts, Smart-ID, bank login) over OpenID Connect: the
 * authorization code flow with PKCE, `state` and `nonce`, one provider configuration per
 * municipality. The web app only links to `start`; the provider redirects the browser back to
 * `callback`, which answers with a redirect to the web app — to the sign-in page with
 * `?eid-error=<EidSignInProblem>` when the sign-in was refused or cancelled.
 */
const api = `/${API_PREFIX}`;

export const EidRoutes = {
  /** GET: redirects the browser to the municipality's e-ID provider. `?returnTo=/path` (same-origin path). */
  start: (municipalitySlug: string) => `${api}/auth/eid/${encodeURIComponent(municipalitySlug)}/start`,
  /** GET: the redirect URI registered at every provider. */
  callback: `${api}/auth/eid/callback`,
} as const;

/** Where the callback sends the browser after a successful sign-in when no `returnTo` was given. */
export const EID_DEFAULT_RETURN_PATH = '/';

/**
 * Why an e-ID sign-in was refused: `details.reason` of the 4xx body and of the `auth.sign-in-failed`
 * audit entry. Every one of them stores nothing but the audit entry.
 */
export const EID_REFUSALS = [
  /** The municipality has no enabled e-ID provider. */
  'EID_NOT_CONFIGURED',
  /** The person cancelled at the provider (`error=access_denied`). */
  'CANCELLED',
  /** The provider answered the authorization request with another error. */
  'PROVIDER_ERROR',
  /** No sign-in attempt with this `state`, or it belongs to another browser. */
  'STATE_MISMATCH',
  /** The attempt is older than its lifetime (10 minutes). */
  'STATE_EXPIRED',
  /** The attempt was already completed once: a replayed callback. */
  'STATE_REUSED',
  /** The callback's `iss` or the ID token's issuer is not the configured provider. */
  'WRONG_ISSUER',
  /** The ID token was issued to another client. */
  'WRONG_AUDIENCE',
  /** The ID token's nonce is not the one this attempt sent. */
  'WRONG_NONCE',
  /** The provider refused the code (already used, issued to another client, PKCE mismatch). */
  'CODE_REJECTED',
  /** Any other failed check of the provider's answer (signature, expiry, malformed response). */
  'INVALID_RESPONSE',
  /** The provider is unreachable or its discovery document is wrong. */
  'PROVIDER_UNAVAILABLE',
  /** The ID token carries no personal code in the configured claim, or not a valid one. */
  'NO_PERSONAL_CODE',
] as const;
export type EidRefusal = (typeof EID_REFUSALS)[number];

/** Where a refused or cancelled callback sends the browser, with EID_ERROR_PARAM (and `returnTo` when known). */
export const EID_SIGN_IN_PAGE = '/account/sign-in';
export const EID_ERROR_PARAM = 'eid-error';

/**
 * What the sign-in page tells the person after a refused callback: coarser than EidRefusal (the
 * audit entry keeps the exact reason), and only what the person can act on.
 */
export const EID_SIGN_IN_PROBLEMS = [
  /** They cancelled at the provider: nothing is wrong, they may try again. */
  'cancelled',
  /** The attempt outlived its 10 minutes. */
  'expired',
  /** The provider sent no valid Latvian personal code. */
  'no-personal-code',
  /** The provider cannot be reached now. */
  'unavailable',
  /** The municipality no longer offers e-ID. */
  'not-configured',
  /** Any failed check (state, nonce, issuer, audience, code): start again. */
  'failed',
] as const;
export type EidSignInProblem = (typeof EID_SIGN_IN_PROBLEMS)[number];
