import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { API_PREFIX, ApiRoutes } from '@balss/contracts';
import { RequestAuthenticator } from '@balss/domains/identity';
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
  // Unsigned cookies only: the session cookie is a random secret looked up server-side, so a
  // signature would add nothing.
  app.use(cookieParser());
  // The queue dashboard is plain Express (Bull Board), out of reach of Nest's guards: resolve the
  // session or bearer token here so its access middleware can check `queues:dashboard`.
  app.use(ApiRoutes.queues, app.get(RequestAuthenticator).middleware());
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
