import { NotFoundException, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';

export const DASHBOARD_USER = 'admin';

interface MinimalRequest {
  headers: { authorization?: string };
}
interface MinimalResponse {
  setHeader(name: string, value: string): unknown;
}

/**
 * Guards the queue dashboard with HTTP basic auth (user `admin`). With no password configured the
 * dashboard does not exist: 404, as if the route were never mounted, so a probe learns nothing.
 *
 * TODO(issue 3): replace basic auth with the session/bearer guard and the administrator permission
 * (`platform administrator` sees every municipality's jobs). Delete this middleware then; the
 * dashboard module's `middleware` option is the single place to swap.
 *
 * Errors are thrown as Nest HTTP exceptions so the api's global filter renders its stable body.
 */
export function dashboardBasicAuth(password: string | null) {
  const expected = password === null ? null : digest(`${DASHBOARD_USER}:${password}`);
  return (req: MinimalRequest, res: MinimalResponse, next: () => void): void => {
    if (expected === null) {
      throw new NotFoundException('The queue dashboard is disabled (QUEUE_DASHBOARD_PASSWORD is not set)');
    }
    const given = parseBasic(req.headers.authorization);
    // Compare fixed-length digests in constant time, so the response time leaks nothing.
    if (given === null || !timingSafeEqual(digest(given), expected)) {
      res.setHeader('WWW-Authenticate', 'Basic realm="Balss queues", charset="UTF-8"');
      throw new UnauthorizedException('The queue dashboard needs the administrator password');
    }
    next();
  };
}

function parseBasic(header: string | undefined): string | null {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header?.trim() ?? '');
  return match ? Buffer.from(match[1], 'base64').toString('utf8') : null;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
