import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions, type ThrottlerOptions } from '@nestjs/throttler';
import { AUTH_RATE_LIMIT_KEY, type AuthRateLimitOptions, type AuthRateLimitPolicy } from '@balss/platform/auth';
import type { AppConfig } from '@balss/platform/config';

export const AUTH_WINDOW_MS = 15 * 60_000;
export const AUTH_IP_THROTTLER = 'auth-ip';
export const AUTH_ACCOUNT_THROTTLER = 'auth-account';

/**
 * Multiples of the configured per-IP limit. Code redemption happens in classrooms: thirty pupils
 * behind one school address redeem their codes within minutes, so the per-IP allowance is larger
 * there, while each code (the per-account dimension) stays as strict as a sign-in.
 */
const IP_FACTOR: Record<AuthRateLimitPolicy, number> = { 'sign-in': 1, 'account-recovery': 1, 'code-redemption': 5 };

function authRateLimitOf(context: ExecutionContext): AuthRateLimitOptions | undefined {
  return Reflect.getMetadata(AUTH_RATE_LIMIT_KEY, context.getHandler()) as AuthRateLimitOptions | undefined;
}

/** The identifier of the account a request is about (`email`, `code`), folded so case and spaces do not split it. */
function accountOf(context: ExecutionContext): string | null {
  const field = authRateLimitOf(context)?.accountField;
  const body = context.switchToHttp().getRequest<{ body?: unknown }>().body;
  const value = field && typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.replace(/[\s-]/g, '').toLowerCase() : null;
}

/**
 * The api's rate limits: the global per-IP limit on every route, and two named throttlers that only
 * apply to `@AuthRateLimit` endpoints — per IP and per account — each counted per endpoint (the
 * throttler key includes the handler) over 15 minutes. Counting every attempt, not only failures,
 * keeps it simple and still far above what a person needs.
 */
export function throttlerOptions(config: AppConfig): ThrottlerModuleOptions {
  const perIp: ThrottlerOptions = {
    name: AUTH_IP_THROTTLER,
    ttl: AUTH_WINDOW_MS,
    limit: (context) => config.auth.rateLimitPerIp * IP_FACTOR[authRateLimitOf(context)?.policy ?? 'sign-in'],
    skipIf: (context) => authRateLimitOf(context) === undefined,
  };
  const perAccount: ThrottlerOptions = {
    name: AUTH_ACCOUNT_THROTTLER,
    ttl: AUTH_WINDOW_MS,
    limit: config.auth.rateLimitPerAccount,
    skipIf: (context) => accountOf(context) === null,
    getTracker: (_request, context) => `account:${accountOf(context) ?? ''}`,
  };
  return {
    // Per client IP, in this process's memory: enough for one api instance; several instances
    // behind a balancer would each allow the limit (a Redis store can replace this then).
    throttlers: [{ name: 'default', ttl: 60_000, limit: config.http.rateLimitPerMinute }, perIp, perAccount],
  };
}

/**
 * The throttler guard with a plain `Retry-After` header for every throttler: the library names the
 * header of a named throttler `Retry-After-<name>`, which clients and the HTTP spec do not know.
 */
@Injectable()
export class ApiThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const response = context.switchToHttp().getResponse<{ setHeader(name: string, value: string): unknown }>();
    response.setHeader('Retry-After', String(Math.max(1, Math.ceil(detail.timeToBlockExpire))));
    await super.throwThrottlingException(context, detail);
  }
}
