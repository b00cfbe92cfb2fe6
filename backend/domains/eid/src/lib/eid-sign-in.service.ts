import { Injectable, Logger } from '@nestjs/common';
import { EID_DEFAULT_RETURN_PATH, EidRoutes, type EidRefusal } from '@balss/contracts';
import { AuditService, Transactions } from '@balss/domains/identity';
import { MunicipalityService } from '@balss/domains/municipality';
import { AppConfig } from '@balss/platform/config';
import { isDomainError, NotFoundError } from '@balss/util-errors';
import type { EidProviderEntity } from './entities/eid-provider.entity';
import { EidAccountService } from './eid-account.service';
import { refusalRedirectPath } from './eid-refusal-redirect';
import { EidNotConfiguredError, EidProviderUnavailableError, EidSignInRefusedError } from './eid.errors';
import {
  EID_BROWSER_COOKIE,
  EID_COOKIE_PATH,
  type EidCookieOptions,
  type EidRequest,
  type EidResponse,
  ipPrefixOf,
  newBrowserBinding,
  safeReturnPath,
  sameHash,
  sha256,
} from './eid-http';
import { OidcClient, type OidcClientSettings } from './oidc/oidc-client';
import { EidLoginAttemptRepository } from './persistence/eid-login-attempt.repository';
import { EidProviderRepository } from './persistence/eid-provider.repository';
import { PersonalCodeHasher } from './personal-code-hasher';

/** How long a person has between "Sign in with e-ID" and coming back. */
export const EID_ATTEMPT_TTL_MS = 10 * 60 * 1000;

/**
 * e-ID sign-in, the authorization code flow with PKCE. `start` keeps the PKCE verifier, nonce and
 * state server-side (eid_login_attempt) and gives the browser only a binding cookie; `complete`
 * checks the binding, the state (unknown, expired, already used), lets openid-client verify the
 * provider's answer (issuer, audience, nonce, signature, code), reads and hashes the personal code,
 * and hands the person to the identity core's SignInService. Every refusal writes an
 * `auth.sign-in-failed` audit entry with its exact reason, stores nothing else and sends the browser
 * to the sign-in page with a coarse problem code (eid-refusal-redirect.ts). The personal code itself
 * is never logged, stored or put in an error.
 */
@Injectable()
export class EidSignInService {
  private readonly logger = new Logger(EidSignInService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly municipalities: MunicipalityService,
    private readonly providers: EidProviderRepository,
    private readonly attempts: EidLoginAttemptRepository,
    private readonly oidc: OidcClient,
    private readonly hasher: PersonalCodeHasher,
    private readonly accounts: EidAccountService,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  get callbackUrl(): string {
    return `${this.config.publicUrl}${EidRoutes.callback}`;
  }

  /**
   * Public: anyone may start. Returns the provider URL to redirect the browser to, or the sign-in page
   * with the problem when this municipality cannot offer e-ID right now.
   */
  async start(municipalitySlug: string, returnTo: unknown, response: EidResponse, now = new Date()): Promise<string> {
    // Start is a top-level navigation too (the e-ID button is a link): a municipality without e-ID or a
    // provider that cannot be reached sends the person back to the sign-in page with the problem, not
    // to a page of JSON. Nothing was stored; these are not security events, so nothing is audited.
    return this.beginAttempt(municipalitySlug, returnTo, response, now).catch((error: unknown) => {
      if (error instanceof EidNotConfiguredError || error instanceof EidProviderUnavailableError) {
        return refusalRedirectPath(error.reason, safeReturnPath(returnTo, EID_DEFAULT_RETURN_PATH));
      }
      throw error;
    });
  }

  private async beginAttempt(municipalitySlug: string, returnTo: unknown, response: EidResponse, now: Date): Promise<string> {
    const municipalityId = await this.municipalities.requireIdBySlug(municipalitySlug).catch((cause: unknown) => {
      throw cause instanceof NotFoundError ? new EidNotConfiguredError({ cause }) : cause;
    });
    const provider = await this.providers.findEnabledForMunicipality(municipalityId);
    if (!provider) {
      throw new EidNotConfiguredError();
    }
    const binding = newBrowserBinding();
    const attempt = {
      state: this.oidc.newState(),
      nonce: this.oidc.newNonce(),
      codeVerifier: this.oidc.newCodeVerifier(),
    };
    const url = await this.oidc
      .authorizationUrl(this.settingsOf(provider), {
        ...attempt,
        redirectUri: this.callbackUrl,
        scope: provider.scopes,
      })
      .catch((cause: unknown) => {
        throw new EidProviderUnavailableError({ cause });
      });
    await this.attempts.deleteExpiredBefore(new Date(now.getTime() - 60 * 60 * 1000));
    await this.attempts.insert({
      ...attempt,
      municipalityId,
      providerId: provider.id,
      browserBindingHash: sha256(binding),
      returnTo: safeReturnPath(returnTo, EID_DEFAULT_RETURN_PATH),
      expiresAt: new Date(now.getTime() + EID_ATTEMPT_TTL_MS),
    });
    const options: EidCookieOptions = { ...this.cookieOptions(), maxAge: EID_ATTEMPT_TTL_MS };
    response.cookie(EID_BROWSER_COOKIE, binding, options);
    return url.href;
  }

  /**
   * Public: the provider's redirect. Signs the person in and returns the web-app path to go to; a
   * refusal returns the sign-in page's path with the problem instead. Unexpected errors propagate.
   */
  async complete(
    request: EidRequest,
    response: EidResponse,
    currentUserId: string | null = null,
    now = new Date(),
  ): Promise<string> {
    response.clearCookie(EID_BROWSER_COOKIE, this.cookieOptions());
    const callbackUrl = new URL(request.originalUrl, this.config.publicUrl);
    const state = callbackUrl.searchParams.get('state');
    const attempt = state ? await this.attempts.findByState(state) : null;
    const binding = request.cookies?.[EID_BROWSER_COOKIE];
    // Only an attempt started in this browser may choose where a retry returns to.
    const ownAttempt = attempt && binding && sameHash(sha256(binding), attempt.browserBindingHash) ? attempt : null;
    try {
      if (!ownAttempt) {
        throw new EidSignInRefusedError('STATE_MISMATCH');
      }
      if (ownAttempt.completedAt !== null) {
        throw new EidSignInRefusedError('STATE_REUSED');
      }
      if (!(await this.attempts.complete(ownAttempt.id, now))) {
        throw new EidSignInRefusedError('STATE_REUSED');
      }
      if (ownAttempt.expiresAt.getTime() < now.getTime()) {
        throw new EidSignInRefusedError('STATE_EXPIRED');
      }
      const provider = await this.providers.findById(ownAttempt.providerId);
      if (!provider?.enabled) {
        throw new EidNotConfiguredError();
      }
      const outcome = await this.oidc.exchange(this.settingsOf(provider), callbackUrl, {
        codeVerifier: ownAttempt.codeVerifier,
        expectedNonce: ownAttempt.nonce,
        expectedState: ownAttempt.state,
        redirectUri: this.callbackUrl,
      });
      if (!outcome.ok) {
        throw outcome.reason === 'PROVIDER_UNAVAILABLE'
          ? new EidProviderUnavailableError({ cause: outcome.error })
          : new EidSignInRefusedError(outcome.reason, { cause: outcome.error });
      }
      const personalCodeHash = this.hasher.hashClaim(outcome.claims[provider.personalCodeClaim]);
      if (!personalCodeHash) {
        throw new EidSignInRefusedError('NO_PERSONAL_CODE');
      }
      await this.accounts.signIn(request, response, {
        municipalityId: ownAttempt.municipalityId,
        personalCodeHash,
        displayName: displayNameOf(outcome.claims),
        now,
        currentUserId,
      });
      return ownAttempt.returnTo;
    } catch (error) {
      const reason = isDomainError(error) ? (error as { reason?: EidRefusal }).reason : undefined;
      if (reason === undefined) {
        throw error;
      }
      await this.recordRefusal(error as Error, reason, attempt?.municipalityId ?? null, request);
      return refusalRedirectPath(reason, ownAttempt?.returnTo ?? null);
    }
  }

  private async recordRefusal(
    error: Error,
    reason: EidRefusal,
    municipalityId: string | null,
    request: EidRequest,
  ): Promise<void> {
    // Why it failed, never what the provider sent: claims carry the personal code.
    this.logger.warn({ reason, cause: causeMessage(error) }, 'e-ID sign-in refused');
    await this.transactions
      .run((tx) =>
        this.audit.record(tx, {
          action: 'auth.sign-in-failed',
          outcome: 'failure',
          municipalityId,
          actorUserId: null,
          ipPrefix: ipPrefixOf(request.ip),
          details: { method: 'eid', reason },
        }),
      )
      .catch((auditError: unknown) => this.logger.error({ err: auditError }, 'could not audit a refused e-ID sign-in'));
  }

  private settingsOf(provider: EidProviderEntity): OidcClientSettings {
    const clientSecret =
      provider.clientSecretEnv === null ? null : this.config.eid.clientSecrets.get(provider.clientSecretEnv);
    if (clientSecret === undefined) {
      this.logger.error(`e-ID provider ${provider.id} names ${provider.clientSecretEnv ?? ''}, which is not set`);
      throw new EidNotConfiguredError();
    }
    return { issuerUrl: provider.issuerUrl, clientId: provider.clientId, clientSecret };
  }

  private cookieOptions(): EidCookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.nodeEnv === 'production', path: EID_COOKIE_PATH };
  }
}

function displayNameOf(claims: Record<string, unknown>): string {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const full = text(claims['name']) || `${text(claims['given_name'])} ${text(claims['family_name'])}`.trim();
  return full.slice(0, 100) || 'e-ID';
}

function causeMessage(error: Error): string | undefined {
  const cause = error.cause;
  return cause instanceof Error ? cause.message : undefined;
}
