import { type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Permission } from '@balss/contracts';
import { type Actor, CSRF_EXEMPT_KEY, PERMISSION_KEY, PermissionDeniedError, PUBLIC_KEY } from '@balss/platform/auth';
import { ForbiddenError, UnauthenticatedError } from '@balss/util-errors';
import { assertCsrf } from './csrf';
import type { HttpRequest } from './http';
import { BEARER_STRATEGY, SESSION_STRATEGY } from './strategies';

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'permission'; permission: Permission }
  | { kind: 'missing' }
  | { kind: 'ambiguous' };

/** What an endpoint declared; the authorization matrix test reads endpoints through this too. */
export function accessRuleOf(reflector: Reflector, targets: Parameters<Reflector['getAllAndOverride']>[1]): AccessRule {
  const isPublic = reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets) === true;
  const permission = reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
  if (isPublic && permission) {
    return { kind: 'ambiguous' };
  }
  if (isPublic) {
    return { kind: 'public' };
  }
  return permission ? { kind: 'permission', permission } : { kind: 'missing' };
}

/**
 * The global guard (registered as APP_GUARD by the api). For every request it:
 * 1. reads the endpoint's rule — `@Public()` or `@RequirePermission(p)`; neither (or both) is
 *    refused with 403 and logged as a bug: fail closed;
 * 2. authenticates through passport — bearer token first, then the session cookie — and stores
 *    the Actor on `request.user` (null when anonymous);
 * 3. checks CSRF on state-changing, non-bearer requests;
 * 4. on a protected endpoint: 401 without an actor, 403 without the permission in the actor's
 *    municipality.
 */
@Injectable()
export class ApiAuthGuard extends AuthGuard([BEARER_STRATEGY, SESSION_STRATEGY]) {
  private readonly logger = new Logger(ApiAuthGuard.name);

  constructor(private readonly reflector: Reflector) {
    super({ session: false });
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = accessRuleOf(this.reflector, [context.getHandler(), context.getClass()]);
    if (rule.kind === 'missing' || rule.kind === 'ambiguous') {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares ${rule.kind === 'missing' ? 'no' : 'two'} access rules; refusing`);
      throw new ForbiddenError('This endpoint has no access rule, so nobody may use it.');
    }
    await super.canActivate(context);
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const actor = (request.user ?? null) as Actor | null;
    if (this.reflector.get<boolean | undefined>(CSRF_EXEMPT_KEY, context.getHandler()) !== true) {
      assertCsrf(request, actor);
    }
    if (rule.kind === 'public') {
      return true;
    }
    if (!actor) {
      throw new UnauthenticatedError('Sign in first.');
    }
    if (!actor.permissions.has(rule.permission)) {
      throw new PermissionDeniedError(rule.permission);
    }
    return true;
  }

  /** Passport's verdict: an error (an invalid bearer token) is thrown; no user means anonymous. */
  override handleRequest<T = Actor | null>(error: unknown, user: unknown): T {
    if (error) {
      throw error;
    }
    return (user || null) as T;
  }
}
