import type { INestApplicationContext, LoggerService } from '@nestjs/common';

/** Longest a shutdown may take: active jobs get this long to finish before the process exits anyway. */
export const SHUTDOWN_TIMEOUT_MS = 30_000;

/**
 * Stops the worker cleanly on SIGTERM (orchestrators, `docker stop`) or SIGINT (Ctrl-C): workers
 * stop taking jobs and finish the active ones, then Redis and SMTP connections close (Nest's
 * shutdown hooks), then the process exits 0. A second signal, or a shutdown that outlives the
 * timeout, exits 1 at once — a stuck job is retried by BullMQ as stalled, never lost.
 */
export function exitOnSignals(
  app: INestApplicationContext,
  logger: LoggerService,
  exit: (code: number) => void = (code) => process.exit(code),
  signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'],
): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      logger.warn(`${signal} again: exiting without waiting for active jobs`, 'Shutdown');
      exit(1);
      return;
    }
    closing = true;
    logger.log(`${signal} received: finishing active jobs and closing connections`, 'Shutdown');
    const timer = setTimeout(() => {
      logger.error(`shutdown took longer than ${SHUTDOWN_TIMEOUT_MS} ms: exiting`, undefined, 'Shutdown');
      exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    app.close().then(
      () => {
        clearTimeout(timer);
        logger.log('worker stopped', 'Shutdown');
        exit(0);
      },
      (error: unknown) => {
        logger.error('shutdown failed', error instanceof Error ? error.stack : String(error), 'Shutdown');
        exit(1);
      },
    );
  };
  for (const signal of signals) {
    process.on(signal, onSignal);
  }
}
