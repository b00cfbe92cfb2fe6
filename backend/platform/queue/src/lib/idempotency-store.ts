import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { throttledErrorListener } from './connection-errors';
import { reconnectDelay } from './queue-options';

export const IDEMPOTENCY_REDIS = Symbol('IDEMPOTENCY_REDIS');

/** Outcome of `claim`: go ahead (holding `token`), already done, or someone else is on it now. */
export type Claim = { outcome: 'claimed'; token: string } | { outcome: 'done' } | { outcome: 'busy' };

const DONE = 'done';
const RELEASE_IF_OWNER = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/** A plain ioredis client for the store; commands fail after a few reconnects rather than hang a job. */
export function createIdempotencyRedis(url: string): Redis {
  const client = new Redis(url, { connectTimeout: 5_000, maxRetriesPerRequest: 3, retryStrategy: reconnectDelay });
  client.on('error', throttledErrorListener(new Logger('IdempotencyStore'), 'Redis'));
  return client;
}

/**
 * Remembers which side effects a handler has already performed, keyed by the job's own idempotency
 * key (a mail key, a cycle id, …), so a retried or duplicated job does not repeat them.
 *
 * A handler claims the key (a short lease, so a crashed holder cannot block it for ever), performs
 * the effect, then marks it done with a long TTL. The record is in Redis next to the queue: no extra
 * infrastructure, and it lives exactly as long as the retry/duplicate window we care about. It is
 * not a ledger: after the TTL, or if Redis loses its data, the key is forgotten.
 */
@Injectable()
export class IdempotencyStore implements OnApplicationShutdown {
  constructor(@Inject(IDEMPOTENCY_REDIS) private readonly redis: Redis) {}

  async claim(scope: string, key: string, leaseMs: number): Promise<Claim> {
    const token = randomUUID();
    const redisKey = this.redisKey(scope, key);
    if ((await this.redis.set(redisKey, token, 'PX', leaseMs, 'NX')) === 'OK') {
      return { outcome: 'claimed', token };
    }
    // The key vanished between SET and GET (lease expired): report busy, the job's retry claims it.
    return (await this.redis.get(redisKey)) === DONE ? { outcome: 'done' } : { outcome: 'busy' };
  }

  /** Records the effect as performed; from now on `claim` answers `done` for `ttlSeconds`. */
  async markDone(scope: string, key: string, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.redisKey(scope, key), DONE, 'EX', ttlSeconds);
  }

  /** Gives a claim back after a failed attempt so the next retry can run at once. */
  async release(scope: string, key: string, token: string): Promise<void> {
    await this.redis.eval(RELEASE_IF_OWNER, 1, this.redisKey(scope, key), token);
  }

  async onApplicationShutdown(): Promise<void> {
    // QUIT would sit in the offline queue while Redis is down; then just drop the connection.
    if (this.redis.status === 'ready') {
      await this.redis.quit().catch(() => this.redis.disconnect());
    } else {
      this.redis.disconnect();
    }
  }

  private redisKey(scope: string, key: string): string {
    return `balss:idempotency:${scope}:${key}`;
  }
}
