import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Permission } from '@balss/contracts';
import { UnauthenticatedError } from '@balss/util-errors';
import { ACTOR_REQUEST_PROPERTY, type Actor } from './actor';

export const PUBLIC_KEY = 'balss:auth:public';
export const PERMISSION_KEY = 'balss:auth:permission';
export const CSRF_EXEMPT_KEY = 'balss:auth:csrf-exempt';
export const AUTH_RATE_LIMIT_KEY = 'balss:auth:rate-limit';

/**
 * The endpoint answers anyone, signed in or not. The guard still resolves a session or token when
 * one is sent (so `@OptionalActor()` sees it) and still checks CSRF on state-changing methods.
 * Every endpoint needs exactly one of `@Public()` or `@RequirePermission()`: without either the
 * global guard refuses the request (fail closed).
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/**
 * The one permission the endpoint needs in the caller's municipality. Deliberately a single value:
 * an endpoint that seems to need two is two use cases. The service method checks it again
 * (`assertPermission`) so a call from another path cannot skip it.
 */
export const RequirePermission = (permission: Permission): MethodDecorator & ClassDecorator =>
  SetMetadata(PERMISSION_KEY, permission);

/**
 * Skips the CSRF check for a state-changing endpoint that browsers reach by a cross-site redirect
 * or form post by design (an OIDC `form_post` callback); such an endpoint must carry its own
 * proof of origin (the OIDC `state`). Say why next to every use.
 */
export const CsrfExempt = (): MethodDecorator => SetMetadata(CSRF_EXEMPT_KEY, true);

/** The limits an `@AuthRateLimit` endpoint gets, on top of the global per-IP limit. */
export type AuthRateLimitPolicy = 'sign-in' | 'account-recovery' | 'code-redemption';

export interface AuthRateLimitOptions {
  policy: AuthRateLimitPolicy;
  /**
   * The body field naming the account the request is about (`email`, `code`). Requests are then
   * limited per value of that field as well as per IP, so an attacker spreading guesses over many
   * addresses still hits the per-account limit, and one behind many addresses the per-IP limit.
   */
  accountField?: string;
}

/** Stricter, named rate limits (429 with Retry-After) for endpoints that guess-attacks target. */
export const AuthRateLimit = (options: AuthRateLimitOptions): MethodDecorator =>
  applyDecorators(SetMetadata(AUTH_RATE_LIMIT_KEY, options));

/** The signed-in caller; 401 if there is none (only possible on a `@Public()` endpoint). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = actorOf(context);
  if (actor === null) {
    throw new UnauthenticatedError('Sign in first.');
  }
  return actor;
});

/** The caller when signed in, or null: for `@Public()` endpoints that behave differently then. */
export const OptionalActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | null => actorOf(context),
);

function actorOf(context: ExecutionContext): Actor | null {
  const request = context.switchToHttp().getRequest<Record<string, unknown>>();
  const actor = request[ACTOR_REQUEST_PROPERTY];
  return actor === undefined || actor === null || actor === false ? null : (actor as Actor);
}
