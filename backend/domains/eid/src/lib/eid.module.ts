import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@balss/domains/identity';
import { MunicipalityModule } from '@balss/domains/municipality';
import { EidAccountService } from './eid-account.service';
import { EidLinkService } from './eid-link.service';
import { EidSignInService } from './eid-sign-in.service';
import { EidIdentityEntity } from './entities/eid-identity.entity';
import { EidLoginAttemptEntity } from './entities/eid-login-attempt.entity';
import { EidProviderEntity } from './entities/eid-provider.entity';
import { EidController } from './http/eid.controller';
import { OidcClient } from './oidc/oidc-client';
import { EidIdentityRepository } from './persistence/eid-identity.repository';
import { EidLoginAttemptRepository } from './persistence/eid-login-attempt.repository';
import { EidProviderRepository } from './persistence/eid-provider.repository';
import { PersonalCodeHashModule } from './personal-code-hash.module';

/**
 * e-ID over OpenID Connect, per municipality. Exports the personal-code hasher and the link lookup
 * the voter register uses (the demo seed has its own slim EidSeedModule). Depends on identity (accounts, sessions, audit).
 */
@Module({
  controllers: [EidController],
  exports: [EidLinkService, PersonalCodeHashModule],
  imports: [
    IdentityModule,
    MunicipalityModule,
    PersonalCodeHashModule,
    TypeOrmModule.forFeature([EidIdentityEntity, EidLoginAttemptEntity, EidProviderEntity]),
  ],
  providers: [
    EidAccountService,
    EidIdentityRepository,
    EidLinkService,
    EidLoginAttemptRepository,
    EidProviderRepository,
    EidSignInService,
    OidcClient,
  ],
})
export class EidModule {}
