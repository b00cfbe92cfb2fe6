import { Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { classifyOidcError } from './oidc-errors';

/** What a provider row and config give to talk to one OpenID provider. */
export interface OidcClientSettings {
  issuerUrl: string;
  clientId: string;
  /** Null for a public client (PKCE only). */
  clientSecret: string | null;
}

export interface AuthorizationRequest {
  redirectUri: string;
  scope: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface CallbackChecks {
  redirectUri: string;
  expectedState: string;
  expectedNonce: string;
  codeVerifier: string;
}

export type ExchangeOutcome =
  | { ok: true; claims: Record<string, unknown> }
  | { ok: false; reason: ReturnType<typeof classifyOidcError>; error: unknown };

const DISCOVERY_CACHE_MS = 60 * 60 * 1000;

/**
 * The OpenID Connect relying party, over `openid-client` v6 (which does the protocol checks:
 * discovery issuer match, RFC 9207 `iss` on the callback, state, PKCE, ID-token signature against the
 * provider's JWKS, `iss`, `aud`/`azp`, `exp`/`iat`, `nonce`). Discovery documents are cached for an
 * hour per (issuer, client); a failed exchange drops the cache entry so a rotated key is re-read.
 *
 * Plain-HTTP issuers are accepted only on loopback (the demo and test provider); anything else must
 * be HTTPS, which openid-client enforces by default.
 */
@Injectable()
export class OidcClient {
  private readonly configurations = new Map<string, { at: number; config: Promise<client.Configuration> }>();

  newState(): string {
    return client.randomState();
  }

  newNonce(): string {
    return client.randomNonce();
  }

  newCodeVerifier(): string {
    return client.randomPKCECodeVerifier();
  }

  async authorizationUrl(settings: OidcClientSettings, request: AuthorizationRequest): Promise<URL> {
    const config = await this.configuration(settings);
    return client.buildAuthorizationUrl(config, {
      redirect_uri: request.redirectUri,
      scope: request.scope,
      state: request.state,
      nonce: request.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(request.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /** Validates the callback, redeems the code and verifies the ID token; never throws for a bad answer. */
  async exchange(settings: OidcClientSettings, callbackUrl: URL, checks: CallbackChecks): Promise<ExchangeOutcome> {
    try {
      const config = await this.configuration(settings);
      const tokens = await client.authorizationCodeGrant(
        config,
        callbackUrl,
        {
          expectedNonce: checks.expectedNonce,
          expectedState: checks.expectedState,
          idTokenExpected: true,
          pkceCodeVerifier: checks.codeVerifier,
        },
        { redirect_uri: checks.redirectUri },
      );
      const claims = tokens.claims();
      if (!claims) {
        return { ok: false, reason: 'INVALID_RESPONSE', error: new Error('no ID token') };
      }
      return { ok: true, claims: { ...claims } };
    } catch (error) {
      this.configurations.delete(cacheKey(settings));
      return { ok: false, reason: classifyOidcError(error), error };
    }
  }

  private configuration(settings: OidcClientSettings): Promise<client.Configuration> {
    const key = cacheKey(settings);
    const cached = this.configurations.get(key);
    if (cached && Date.now() - cached.at < DISCOVERY_CACHE_MS) {
      return cached.config;
    }
    const config = client.discovery(
      new URL(settings.issuerUrl),
      settings.clientId,
      undefined,
      settings.clientSecret === null ? client.None() : client.ClientSecretBasic(settings.clientSecret),
      { execute: isLoopback(settings.issuerUrl) ? [client.allowInsecureRequests] : [], timeout: 10 },
    );
    this.configurations.set(key, { at: Date.now(), config });
    // A failed discovery must not stay cached.
    config.catch(() => this.configurations.delete(key));
    return config;
  }
}

function cacheKey(settings: OidcClientSettings): string {
  return `${settings.issuerUrl}\n${settings.clientId}\n${settings.clientSecret ?? ''}`;
}

export function isLoopback(url: string): boolean {
  const { hostname, protocol } = new URL(url);
  return protocol === 'http:' && (hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]');
}
