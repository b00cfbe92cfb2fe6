import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@balss/contracts';
import type { Actor } from '@balss/platform/auth';
import { ForbiddenError } from '@balss/util-errors';
import { constantTimeEqual, csrfTokenForSession } from '../crypto/secrets';
import { header, type HttpRequest } from './http';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class CsrfRejectedError extends ForbiddenError {
  constructor() {
    super(
      `This request changes something and must carry the ${CSRF_HEADER} header with the value of the ${CSRF_COOKIE} cookie ` +
        `(GET /api/auth/csrf sets it).`,
      { details: { reason: 'CSRF' } },
    );
  }
}

/**
 * Double-submit CSRF check for state-changing requests that a browser could send on its own:
 * the header must equal the readable cookie (another site can make the browser send the cookie,
 * never read it to copy it into a header). With a session, the value must also be the one derived
 * from that session's secret, which a cookie planted from a sibling domain cannot be. Bearer-token
 * requests are exempt: browsers never attach an Authorization header by themselves.
 */
export function assertCsrf(request: HttpRequest, actor: Actor | null): void {
  if (SAFE_METHODS.has(request.method.toUpperCase()) || actor?.via.kind === 'access-token') {
    return;
  }
  const sent = header(request, CSRF_HEADER);
  const cookie = request.cookies?.[CSRF_COOKIE];
  if (!sent || !cookie || !constantTimeEqual(sent, cookie)) {
    throw new CsrfRejectedError();
  }
  const sessionToken = request.cookies?.[SESSION_COOKIE];
  if (actor?.via.kind === 'session' && (!sessionToken || !constantTimeEqual(sent, csrfTokenForSession(sessionToken)))) {
    throw new CsrfRejectedError();
  }
}
