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
