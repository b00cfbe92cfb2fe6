import { Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { IdentityModule } from '@balss/domains/identity';
import { MunicipalityModule } from '@balss/domains/municipality';
import { AppConfig, ConfigModule } from '@balss/platform/config';
import { DatabaseModule } from '@balss/platform/database';
import { QueueDashboardModule, QueueModule } from '@balss/platform/queue';
import { ApiExceptionFilter } from './errors/api-exception.filter';
import { toRequestValidationError } from './errors/validation-errors';
import { HealthModule } from './health/health.module';
import { loggerOptions } from './http/logger.options';
import { webAppOptions } from './http/web-app';
import { ShutdownLogger } from './shutdown.logger';

/**
 * The HTTP process: platform modules, then the domain modules whose controllers it serves. The
 * global pipe, filter and rate-limit guard are providers here (not set in main.ts) so a test that
 * boots AppModule gets exactly the production request pipeline.
 * QueueModule gives domain producers their queues; QueueDashboardModule mounts Bull Board at
 * /api/admin/queues (basic auth; off without QUEUE_DASHBOARD_PASSWORD). The worker process consumes.
 */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    HealthModule,
    IdentityModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: loggerOptions }),
    MunicipalityModule,
    QueueDashboardModule,
    QueueModule,
    ServeStaticModule.forRootAsync({ inject: [AppConfig], useFactory: webAppOptions }),
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      // Per client IP, in this process's memory: enough for one api instance; several instances
      // behind a balancer would each allow the limit (a Redis store can replace this then).
      useFactory: (config: AppConfig) => ({ throttlers: [{ ttl: 60_000, limit: config.http.rateLimitPerMinute }] }),
    }),
  ],
  providers: [
    { provide: APP_FILTER, useClass: ApiExceptionFilter },
    { provide: APP_GUARD, useClass: ThrottlerGuard },
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
