import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits from the OS CSPRNG, base64url (43 characters): unguessable, URL- and cookie-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Secrets (session tokens, access tokens, e-mail links) are stored only as SHA-256. A fast hash is
 * right here, unlike for passwords: the input already has 256 bits of entropy, so there is nothing
 * to brute-force, and lookups by hash stay one index probe.
 */
export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** Compares two strings in time independent of where they differ (and of their content). */
export function constantTimeEqual(a: string, b: string): boolean {
  // Hash first: timingSafeEqual needs equal lengths, and comparing digests hides the lengths too.
  return timingSafeEqual(hashSecret(a), hashSecret(b));
}

/**
 * The CSRF token of a session, derived from the session secret itself. A page of another site can
 * neither read our cookie nor compute this value, and a cookie planted by a sibling subdomain
 * ("cookie tossing") does not match the session, which a plain random double-submit value would.
 */
export function csrfTokenForSession(sessionSecret: string): string {
  return createHmac('sha256', sessionSecret).update('balss-csrf-v1').digest('base64url');
}
