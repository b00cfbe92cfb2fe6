import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { API_PREFIX } from '@balss/contracts';
import type { AppConfig } from '@balss/platform/config';
import { helmetOptions } from './http/helmet.options';
import { requestIdMiddleware } from './http/logger.options';
import { setupOpenApi } from './http/openapi';

/**
 * Process-level HTTP setup that cannot live in AppModule: body parsers (created with
 * `bodyParser: false` so the size limit comes from config), helmet, proxy trust, the /api prefix,
 * OpenAPI and shutdown hooks. main.ts and the e2e tests both call it, so they serve the same app.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig): NestExpressApplication {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.http.trustProxy);
  // The version banner helps attackers more than anyone else.
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  app.use(helmet(helmetOptions()));
  app.useBodyParser('json', { limit: config.http.bodyLimit });
  app.useBodyParser('urlencoded', { limit: config.http.bodyLimit, extended: false });
  app.setGlobalPrefix(API_PREFIX);
  setupOpenApi(app);
  // SIGTERM/SIGINT close the HTTP server, the database pool and Redis before the process exits.
  app.enableShutdownHooks();
  return app;
}

/**
 * Options for NestFactory.create / createNestApplication that configureApp relies on. abortOnError
 * off: a failed boot rejects (and main.ts exits 1 with the reason) instead of process.abort().
 */
export const NEST_APP_OPTIONS = { abortOnError: false, bodyParser: false, bufferLogs: true } as const;
