import { AppConfig } from '@balss/platform/config';
import { BullModule } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, Module, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { QueueName } from '@balss/contracts';
import { redisClientOf, throttledErrorListener } from './connection-errors';
import { createIdempotencyRedis, IDEMPOTENCY_REDIS, IdempotencyStore } from './idempotency-store';
import { CATALOGUE_QUEUES, catalogueQueuesProvider, JobProducer, type CatalogueQueues } from './job-producer';
import { jobOptionsOf, queueRootOptions, type QueueRole } from './queue-options';

const catalogueQueues = BullModule.registerQueue(
  ...Object.values(QueueName).map((name) => ({ defaultJobOptions: jobOptionsOf(name), name })),
);

function bullRoot(role: QueueRole) {
  return BullModule.forRootAsync({
    inject: [AppConfig],
    useFactory: (config: AppConfig) => queueRootOptions(config.redis.url, role),
  });
}

/**
 * Gives every catalogue queue an `error` listener, so a Redis outage is logged, never thrown; and at
 * shutdown drops the connection of a queue whose Redis is down, so the graceful close that
 * `@nestjs/bullmq` runs next does not wait for Redis to come back.
 */
@Injectable()
class QueueLifecycle implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Queue');
  constructor(@Inject(CATALOGUE_QUEUES) private readonly queues: CatalogueQueues) {}

  onModuleInit(): void {
    for (const queue of this.queues.values()) {
      queue.on('error', throttledErrorListener(this.logger, `queue "${queue.name}"`));
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const queue of this.queues.values()) {
      const client = await redisClientOf(queue);
      if (client && client.status !== 'ready') {
        client.disconnect();
      }
    }
  }
}

/**
 * The api's queues: BullMQ connected from `config.redis.url` with the producer profile (a Redis
 * outage fails `add` fast instead of hanging a request), every queue of the catalogue registered,
 * and `JobProducer`, the typed way to enqueue. Import it once in the api's AppModule; domain
 * modules with a producer import it too (Nest shares the one instance).
 */
@Module({
  exports: [catalogueQueues, JobProducer],
  imports: [bullRoot('producer'), catalogueQueues],
  providers: [catalogueQueuesProvider, JobProducer, QueueLifecycle],
})
export class QueueModule {}

/**
 * The worker's queues: the same catalogue with the worker profile (`maxRetriesPerRequest: null`,
 * so blocking fetches wait out an outage) plus the `IdempotencyStore` processors use. Only the
 * worker imports it — never together with QueueModule, as both configure the BullMQ root.
 */
@Module({
  exports: [catalogueQueues, IdempotencyStore, JobProducer],
  imports: [bullRoot('worker'), catalogueQueues],
  providers: [
    catalogueQueuesProvider,
    IdempotencyStore,
    JobProducer,
    QueueLifecycle,
    {
      inject: [AppConfig],
      provide: IDEMPOTENCY_REDIS,
      useFactory: (config: AppConfig) => createIdempotencyRedis(config.redis.url),
    },
  ],
})
export class WorkerQueueModule {}
