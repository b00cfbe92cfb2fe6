import type { Logger } from '@nestjs/common';

/**
 * Returns an `error` listener for a Redis-backed emitter (queue, worker, ioredis client).
 *
 * An emitter without an `error` listener turns every reconnect failure into an unhandled event;
 * with one, an outage becomes log lines. ioredis retries every second or so, so the listener logs
 * the first failure and then at most one line per `intervalMs` with the count it held back.
 */
export function throttledErrorListener(logger: Pick<Logger, 'warn'>, label: string, intervalMs = 30_000) {
  let lastLoggedAt = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  return (error: Error): void => {
    const now = Date.now();
    if (now - lastLoggedAt < intervalMs) {
      suppressed += 1;
      return;
    }
    lastLoggedAt = now;
    const more = suppressed > 0 ? ` (${suppressed} similar errors not logged)` : '';
    suppressed = 0;
    logger.warn(`${label}: ${error.message}${more}`);
  };
}

/** The part of BullMQ's Redis client that shutdown needs. */
export interface RedisClientHandle {
  status: string;
  disconnect(): void;
}

/**
 * The Redis client behind a BullMQ queue or worker, or null when it has not connected even once
 * (BullMQ's own close handles that case without waiting). Used at shutdown: a graceful close ends
 * with QUIT, which a connection that waits out outages (the worker profile) would hold until Redis
 * returns; with Redis down we drop the connection instead. A client that does not show up within a
 * second counts as never connected.
 */
export async function redisClientOf(target: { getBackend?(): unknown }, timeoutMs = 1_000): Promise<RedisClientHandle | null> {
  const client = (target.getBackend?.() as { client?: Promise<RedisClientHandle> } | undefined)?.client;
  if (!client) {
    return null;
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const handle = await Promise.race([client.catch(() => null), timeout]);
  clearTimeout(timer);
  return handle;
}
