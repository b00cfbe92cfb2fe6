import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import type { Actor } from '@balss/platform/auth';

interface MinimalRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  /** Set by the api's authenticating middleware in front of the dashboard (configureApp). */
  user?: Actor | null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Guards the queue dashboard with the `queues:dashboard` permission (platform administrators: jobs
 * span every municipality and mail jobs hold addresses and single-use links). Bull Board is plain
 * Express, outside Nest's guards, so the api resolves the session or bearer token into `req.user`
 * before this runs; without that, nobody is let in (fail closed).
 *
 * Basic auth with a shared password is gone: one sign-in, one audit trail, per-person revocation.
 * The dashboard's own actions (retry, clean) are POST/PUT from its page; it cannot send our CSRF
 * header, so a state-changing request must come from our own origin (`Sec-Fetch-Site`, or `Origin`
 * matching `Host` for browsers without fetch metadata) — on top of the SameSite=Lax session cookie.
 *
 * Errors are thrown as Nest HTTP exceptions so the api's global filter renders its stable body.
 */
export function dashboardAccess() {
  return (req: MinimalRequest, _res: unknown, next: () => void): void => {
    const actor = req.user ?? null;
    if (actor === null) {
      throw new UnauthorizedException('Sign in as a platform administrator to open the queue dashboard');
    }
    if (!actor.permissions.has('queues:dashboard')) {
      throw new ForbiddenException('The queue dashboard needs the permission "queues:dashboard"');
    }
    if (!SAFE_METHODS.has(req.method.toUpperCase()) && !isSameOrigin(req)) {
      throw new ForbiddenException('Dashboard actions must come from the dashboard page itself');
    }
    next();
  };
}

function isSameOrigin(req: MinimalRequest): boolean {
  const site = first(req.headers['sec-fetch-site']);
  if (site !== undefined) {
    return site === 'same-origin';
  }
  const origin = first(req.headers['origin']);
  const host = first(req.headers['host']);
  return origin !== undefined && host !== undefined && new URL(origin).host === host;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
