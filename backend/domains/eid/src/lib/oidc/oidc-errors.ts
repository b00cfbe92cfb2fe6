import type { EidRefusal } from '@balss/contracts';

type Classified = Exclude<
  EidRefusal,
  'EID_NOT_CONFIGURED' | 'STATE_MISMATCH' | 'STATE_EXPIRED' | 'STATE_REUSED' | 'NO_PERSONAL_CODE'
>;

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  error?: unknown;
  cause?: unknown;
}

/**
 * Turns what openid-client (and oauth4webapi under it) throws into a refusal reason. Its errors
 * nest: ClientError → OperationProcessingError → { claim } for a failed claim comparison. We walk
 * the cause chain rather than match messages where a structured field exists.
 */
export function classifyOidcError(error: unknown): Classified {
  const chain = causeChain(error);
  const claim = chain
    .map((e) => (e.cause as { claim?: unknown } | undefined)?.claim)
    .find((c) => typeof c === 'string');
  if (chain.some((e) => e.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED')) {
    if (claim === 'nonce') {
      return 'WRONG_NONCE';
    }
    if (claim === 'aud' || claim === 'azp') {
      return 'WRONG_AUDIENCE';
    }
    if (claim === 'iss') {
      return 'WRONG_ISSUER';
    }
    return 'INVALID_RESPONSE';
  }
  if (chain.some((e) => typeof e.message === 'string' && /"iss" \(issuer\)|issuer does not match/.test(e.message))) {
    return 'WRONG_ISSUER';
  }
  const providerError = chain.find((e) => e.name === 'AuthorizationResponseError');
  if (providerError) {
    // RFC 6749 §4.1.2.1: access_denied is "the resource owner denied the request" — a cancel.
    return providerError.error === 'access_denied' ? 'CANCELLED' : 'PROVIDER_ERROR';
  }
  if (chain.some((e) => e.name === 'ResponseBodyError')) {
    // invalid_grant: the code was used before, expired, was issued to another client or the PKCE
    // verifier does not match. invalid_client: our credentials are wrong (an operator problem).
    return 'CODE_REJECTED';
  }
  if (chain.some(isNetworkFailure)) {
    return 'PROVIDER_UNAVAILABLE';
  }
  return 'INVALID_RESPONSE';
}

function causeChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && chain.length < 8) {
    chain.push(current as ErrorLike);
    current = (current as ErrorLike).cause;
  }
  return chain;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function isNetworkFailure(error: ErrorLike): boolean {
  return (
    (typeof error.code === 'string' && NETWORK_CODES.has(error.code)) ||
    error.name === 'TimeoutError' ||
    error.name === 'AbortError' ||
    (error.name === 'TypeError' && error.message === 'fetch failed') ||
    error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' ||
    error.code === 'OAUTH_RESPONSE_IS_NOT_JSON'
  );
}
