import { Injectable } from '@nestjs/common';
import { MunicipalityService } from '@balss/domains/municipality';
import { AppConfig } from '@balss/platform/config';
import { EidProviderRepository } from '../persistence/eid-provider.repository';

/** The demo provider's client at tools/infra/oidc.mjs, as `npm start` and the browser tests register it. */
export const DEMO_EID_CLIENT_ID = 'balss-demo';
export const DEMO_EID_CLIENT_SECRET_ENV = 'EID_CLIENT_SECRET_DEMO';

/**
 * Demo mode only: points Daugavpils at the loopback demo provider (EID_DEMO_ISSUER_URL), whose
 * client secret comes in EID_CLIENT_SECRET_DEMO like any production secret would. Idempotent.
 */
@Injectable()
export class EidDemoSeedService {
  constructor(
    private readonly config: AppConfig,
    private readonly municipalities: MunicipalityService,
    private readonly providers: EidProviderRepository,
  ) {}

  async seed(municipalitySlug = 'daugavpils'): Promise<'configured' | 'skipped'> {
    const issuerUrl = this.config.eid.demoIssuerUrl;
    if (!this.config.demo || issuerUrl === null) {
      return 'skipped';
    }
    const municipalityId = await this.municipalities.requireIdBySlug(municipalitySlug);
    await this.providers.upsert(municipalityId, {
      issuerUrl,
      clientId: DEMO_EID_CLIENT_ID,
      clientSecretEnv: this.config.eid.clientSecrets.has(DEMO_EID_CLIENT_SECRET_ENV)
        ? DEMO_EID_CLIENT_SECRET_ENV
        : null,
      scopes: 'openid profile',
      personalCodeClaim: 'personal_code',
      enabled: true,
    });
    return 'configured';
  }
}
