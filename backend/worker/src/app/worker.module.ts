import { IdentityWorkerModule } from '@balss/domains/identity';
import { NotificationsWorkerModule } from '@balss/domains/notifications';
import { VoterRegisterWorkerModule } from '@balss/domains/voter-register';
import { AppConfig, ConfigModule } from '@balss/platform/config';
import { DatabaseModule } from '@balss/platform/database';
import { WorkerQueueModule } from '@balss/platform/queue';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { workerLoggerParams } from './worker-logging';

/**
 * The worker process: configuration, JSON logging, the BullMQ worker connection and processor
 * modules only — no controllers, no HTTP. DatabaseModule: processors that write (register imports). A new job type adds its domain's `*WorkerModule` here.
 */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: workerLoggerParams }),
    WorkerQueueModule,
    IdentityWorkerModule,
    NotificationsWorkerModule,
    VoterRegisterWorkerModule,
  ],
})
export class WorkerModule {}
