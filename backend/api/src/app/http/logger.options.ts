import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import { destination } from 'pino';
import type { Options } from 'pino-http';
import type { AppConfig } from '@balss/platform/config';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Accept a caller's id only if it is short and plain, so it cannot forge or bloat log lines. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Honours an incoming x-request-id (a proxy or the web app may set one, so one id follows a request
 * across hops), otherwise mints a UUID, and echoes it so a user can quote it in a support request.
 */
export function assignRequestId(request: IncomingMessage & { id?: unknown }, response: ServerResponse): string {
  if (typeof request.id === 'string') {
    return request.id;
  }
  const incoming = request.headers[REQUEST_ID_HEADER];
  const id = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader(REQUEST_ID_HEADER, id);
  request.id = id;
  return id;
}

/**
 * Express middleware that assigns the id before anything else runs: body-parser rejects oversize or
 * malformed bodies before Nest's logger middleware, and those answers must carry an id too.
 */
export function requestIdMiddleware(request: IncomingMessage, response: ServerResponse, next: () => void): void {
  assignRequestId(request, response);
  next();
}

/**
 * JSON logs (one line per request with its id) in production; readable lines when LOG_PRETTY=1.
 * The JSON stream writes synchronously: Nest re-raises SIGTERM right after shutdown, and an async
 * stream would lose the last lines (the ones that explain why a process stopped).
 */
export function loggerOptions(config: AppConfig): Params {
  const options = httpLoggerOptions(config);
  return {
    // Path-to-regexp v8 syntax; the default '*' makes Nest print a legacy-route warning at boot.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: config.log.pretty
      ? { ...options, transport: { target: 'pino-pretty', options: { singleLine: true } } }
      : [options, destination({ dest: 1, sync: true })],
  };
}

function httpLoggerOptions(config: AppConfig): Options {
  return {
    level: config.log.level,
    genReqId: assignRequestId,
    // Lean lines: no headers (cookies, tokens) and no client IP (personal data under the GDPR).
    serializers: {
      req: (request: { id?: unknown; method?: string; url?: string }) => ({
        id: request.id,
        method: request.method,
        url: request.url,
      }),
      res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
    },
    customLogLevel: (request, response, error) => {
      if (request.url === '/api/health') {
        // Probes poll every few seconds: a green answer is not news, a red one is a warning
        // (the health check itself logs which dependency failed).
        return response.statusCode === 200 ? 'debug' : 'warn';
      }
      if (error || response.statusCode >= 500) {
        return 'error';
      }
      return response.statusCode >= 400 ? 'warn' : 'info';
    },
  };
}
