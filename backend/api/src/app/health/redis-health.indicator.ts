import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import Redis from 'ioredis';
import { AppConfig } from '@balss/platform/config';

/** A health check must answer within a probe's patience, whatever state Redis is in. */
const PING_TIMEOUT_MS = 1000;

/**
 * Pings Redis on a connection of its own, so the answer reflects Redis itself and not a queue's
 * connection state. Built to survive outages: it never queues commands while disconnected (a ping
 * fails at once), times out a Redis that accepts TCP but does not answer, and reconnects in the
 * background forever so /api/health turns green again on its own when Redis returns.
 */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly logger = new Logger(RedisHealthIndicator.name);
  private readonly client: Redis;
  private reachable = false;

  constructor(
    config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {
    this.client = new Redis(config.redis.url, {
      connectionName: 'balss-api-health',
      connectTimeout: PING_TIMEOUT_MS,
      commandTimeout: PING_TIMEOUT_MS,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: (attempt) => Math.min(attempt * 250, 2000),
    });
    // Without an 'error' listener ioredis reports every failed reconnect as an unhandled error event.
    this.client.on('error', (error: Error) => {
      if (this.reachable) {
        this.reachable = false;
        this.logger.warn(`Redis became unreachable: ${error.message}`);
      }
    });
    this.client.on('ready', () => {
      this.reachable = true;
      this.logger.log('Redis is reachable');
    });
  }

  async pingCheck<const Key extends string>(key: Key): Promise<HealthIndicatorResult<Key>> {
    const indicator = this.indicators.check(key);
    try {
      await this.client.ping();
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }

  onModuleDestroy(): void {
    // disconnect(), not quit(): quit waits for a reply that never comes while Redis is down.
    this.client.disconnect();
  }
}
