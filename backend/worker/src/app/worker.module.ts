import { NotificationsWorkerModule } from '@balss/domains/notifications';
import { AppConfig, ConfigModule } from '@balss/platform/config';
import { WorkerQueueModule } from '@balss/platform/queue';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { workerLoggerParams } from './worker-logging';

/**
 * The worker process: configuration, JSON logging, the BullMQ worker connection and processor
 * modules only — no controllers, no HTTP. A new job type adds its domain's `*WorkerModule` here.
 */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: workerLoggerParams }),
    WorkerQueueModule,
    NotificationsWorkerModule,
  ],
})
export class WorkerModule {}
