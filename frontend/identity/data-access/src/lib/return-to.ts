/**
 * A `returnTo` from a query string, accepted only as a path of this app: `/path?query#fragment`,
 * never `//host`, `/\host` or `https://…` (an open redirect would let a phishing link send someone
 * to another site right after they signed in).
 */
export function safeReturnTo(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback;
  }
  // Control characters (a smuggled newline or tab) make a path mean different things to different parsers.
  return [...value].some((char) => char.charCodeAt(0) < 0x20) ? fallback : value;
}
