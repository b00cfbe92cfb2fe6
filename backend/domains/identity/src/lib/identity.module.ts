import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalityModule } from '@balss/domains/municipality';
import { NotificationsModule } from '@balss/domains/notifications';
import { QueueModule } from '@balss/platform/queue';
import { AccountMailRequests } from './account-mail/account-mail.requests';
import { AccountMails } from './accounts/account-mails';
import { CurrentUserService } from './accounts/current-user.service';
import { OwnAccountService } from './accounts/own-account.service';
import { PasswordResetService } from './accounts/password-reset.service';
import { PasswordSignInService } from './accounts/password-sign-in.service';
import { PersonalDataService } from './accounts/personal-data.service';
import { RegistrationService } from './accounts/registration.service';
import { UserService } from './accounts/user.service';
import { TenancyService } from './admin/tenancy.service';
import { UserAdminService } from './admin/user-admin.service';
import { AuditModule } from './audit/audit.module';
import { ApiAuthGuard } from './auth/api-auth.guard';
import { RequestAuthenticator } from './auth/request-authenticator';
import { BearerStrategy, SessionStrategy } from './auth/strategies';
import { PasswordHasher } from './crypto/password-hasher';
import { AccessTokenEntity } from './entities/access-token.entity';
import { OneTimeTokenEntity } from './entities/one-time-token.entity';
import { SessionEntity } from './entities/session.entity';
import { UserRoleEntity } from './entities/user-role.entity';
import { UserEntity } from './entities/user.entity';
import { AuditController, PlatformAuditController, TenancyController, UsersController } from './http/admin.controllers';
import { AuthController } from './http/auth.controller';
import { MeController } from './http/me.controller';
import { PersonalDataRegistry } from './personal-data/personal-data.registry';
import { AccessTokenRepository } from './persistence/access-token.repository';
import { OneTimeTokenRepository } from './persistence/one-time-token.repository';
import { SessionRepository } from './persistence/session.repository';
import { Transactions } from './persistence/transactions';
import { UserRoleRepository } from './persistence/user-role.repository';
import { UserRepository } from './persistence/user.repository';
import { RoleService } from './roles/role.service';
import { ActorFactory } from './sessions/actor.factory';
import { SessionCookies } from './sessions/session-cookies';
import { SessionService } from './sessions/session.service';
import { SignInService } from './sessions/sign-in.service';
import { AccessTokenService } from './tokens/access-token.service';
import { OneTimeTokenService } from './tokens/one-time-token.service';
import { Clock } from './util/clock';

/**
 * Identity and access: accounts, sessions, access tokens, roles per municipality, the audit trail
 * (AuditModule, re-exported) and the global ApiAuthGuard (which the api registers as APP_GUARD).
 * Other domains import this module for the exported services; see the README for how to sign
 * someone in from another flow.
 */
@Module({
  controllers: [AuditController, AuthController, MeController, PlatformAuditController, TenancyController, UsersController],
  exports: [
    ApiAuthGuard,
    AuditModule,
    OneTimeTokenService,
    PasswordHasher,
    PersonalDataRegistry,
    RequestAuthenticator,
    RoleService,
    SessionService,
    SignInService,
    Transactions,
    UserService,
  ],
  imports: [
    AuditModule,
    MunicipalityModule,
    NotificationsModule,
    PassportModule.register({ session: false }),
    QueueModule,
    TypeOrmModule.forFeature([
      AccessTokenEntity,
      OneTimeTokenEntity,
      SessionEntity,
      UserEntity,
      UserRoleEntity,
    ]),
  ],
  providers: [
    AccessTokenRepository,
    AccountMailRequests,
    AccountMails,
    AccessTokenService,
    ActorFactory,
    ApiAuthGuard,
    BearerStrategy,
    Clock,
    CurrentUserService,
    OneTimeTokenRepository,
    OneTimeTokenService,
    OwnAccountService,
    PasswordHasher,
    PasswordResetService,
    PasswordSignInService,
    PersonalDataRegistry,
    PersonalDataService,
    RegistrationService,
    RequestAuthenticator,
    RoleService,
    SessionCookies,
    SessionRepository,
    SessionService,
    SessionStrategy,
    SignInService,
    TenancyService,
    Transactions,
    UserAdminService,
    UserRepository,
    UserRoleRepository,
    UserService,
  ],
})
export class IdentityModule {}
