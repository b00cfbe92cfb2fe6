import type { HttpRequest, HttpResponse } from '@balss/domains/identity';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/** The request as the e-ID flow sees it: identity's view of Express's request, plus the URL. */
export interface EidRequest extends HttpRequest {
  originalUrl: string;
}

export type EidResponse = HttpResponse;

/** The browser-binding cookie's options: identity's cookie options plus a lifetime. */
export type EidCookieOptions = Parameters<HttpResponse['cookie']>[2] & { maxAge?: number };

/**
 * Binds a started sign-in to the browser that started it. httpOnly; SameSite=Lax because the
 * provider brings the browser back with a top-level cross-site GET, which Lax still sends; scoped to
 * the e-ID routes; gone after 10 minutes.
 */
export const EID_BROWSER_COOKIE = 'balss_eid';
export const EID_COOKIE_PATH = '/api/auth/eid';

export function newBrowserBinding(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

export function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `returnTo` must be a path of this site: "/…" but not "//host" or "/\\host", which browsers treat
 * as another origin (an open redirect would let a phishing link end on an attacker's page).
 */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length > 512 || !/^\/(?![/\\])[^\s\\]*$/.test(value)) {
    return fallback;
  }
  return value;
}

/** IPv4 /24, IPv6 /48: the audit trail's address precision (as the identity core records it). */
export function ipPrefixOf(ip: string | undefined): string | null {
  if (!ip) {
    return null;
  }
  const address = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1] ?? ip;
  if (isIPv4(address)) {
    return `${address.split('.').slice(0, 3).join('.')}.0/24`;
  }
  if (isIPv6(address)) {
    const [head = '', tail = ''] = address.split('::');
    const left = head ? head.split(':') : [];
    const right = address.includes('::') && tail ? tail.split(':') : [];
    const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
    return `${groups
      .slice(0, 3)
      .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
      .join(':')}::/48`;
  }
  return null;
}
