import { CSRF_COOKIE, CSRF_HEADER } from '@balss/contracts';
import type { Test } from 'supertest';

/**
 * An anonymous double-submit pair: any value works as long as the header repeats the cookie, which
 * is exactly what a page of another site cannot do.
 */
export function withAnonymousCsrf(request: Test, value = 'e2e-anonymous-csrf-token'): Test {
  return request.set('Cookie', `${CSRF_COOKIE}=${value}`).set(CSRF_HEADER, value);
}
