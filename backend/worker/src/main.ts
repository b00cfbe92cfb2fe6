import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { exitOnSignals } from './app/shutdown';
import { WorkerModule } from './app/worker.module';

/**
 * The worker: a Nest application context (no HTTP server) that runs the BullMQ processors.
 * Logs are buffered until the pino logger is ready, so even boot messages come out as JSON.
 */
async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  exitOnSignals(app, logger);
  await app.init();
  logger.log('worker started: processing jobs', 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  // The logger may not exist yet (bad configuration): a plain line on stderr is all we have.
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
