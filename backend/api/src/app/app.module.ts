import { Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { EidModule } from '@balss/domains/eid';
import { ApiAuthGuard, IdentityModule } from '@balss/domains/identity';
import { MunicipalityModule } from '@balss/domains/municipality';
import { VoterRegisterModule } from '@balss/domains/voter-register';
import { YouthModule } from '@balss/domains/youth';
import { AppConfig, ConfigModule } from '@balss/platform/config';
import { DatabaseModule } from '@balss/platform/database';
import { QueueDashboardModule, QueueModule } from '@balss/platform/queue';
import { ApiThrottlerGuard, throttlerOptions } from './auth/throttling';
import { ApiExceptionFilter } from './errors/api-exception.filter';
import { toRequestValidationError } from './errors/validation-errors';
import { HealthModule } from './health/health.module';
import { loggerOptions } from './http/logger.options';
import { webAppOptions } from './http/web-app';
import { ShutdownLogger } from './shutdown.logger';

/**
 * The HTTP process: platform modules, then the domain modules whose controllers it serves. The
 * global pipe, filter, rate-limit guard and auth guard are providers here (not set in main.ts) so a test that
 * boots AppModule gets exactly the production request pipeline.
 * QueueModule gives domain producers their queues; QueueDashboardModule mounts Bull Board at
 * /api/admin/queues (platform administrators, see configure-app.ts). The worker process consumes.
 */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    EidModule,
    HealthModule,
    IdentityModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: loggerOptions }),
    MunicipalityModule,
    QueueDashboardModule,
    QueueModule,
    ServeStaticModule.forRootAsync({ inject: [AppConfig], useFactory: webAppOptions }),
    ThrottlerModule.forRootAsync({ inject: [AppConfig], useFactory: throttlerOptions }),
    VoterRegisterModule,
    YouthModule,
  ],
  providers: [
    { provide: APP_FILTER, useClass: ApiExceptionFilter },
    // Guards run in this order: rate limits first (cheap, and they must hold before any password
    // hashing), then authentication, CSRF and the endpoint's permission.
    { provide: APP_GUARD, useClass: ApiThrottlerGuard },
    { provide: APP_GUARD, useExisting: ApiAuthGuard },
    {
      provide: APP_PIPE,
      useFactory: () =>
        new ValidationPipe({
          exceptionFactory: toRequestValidationError,
          forbidNonWhitelisted: true,
          transform: true,
          // Echoing submitted values back in errors could reflect secrets (passwords) into logs.
          validationError: { target: false, value: false },
          whitelist: true,
        }),
    },
    ShutdownLogger,
  ],
})
export class AppModule {}
