import type { AppConfig } from '@balss/platform/config';
import type { Params } from 'nestjs-pino';
import { stdTimeFunctions, type LoggerOptions } from 'pino';

/**
 * Pino options for the worker: one JSON object per line on stdout (the container runtime collects
 * it), ISO timestamps, `service: "worker"` to tell it from the api in a shared log stream, and
 * pino-pretty only when LOG_PRETTY asks for it (local development).
 */
export function workerLoggerParams(config: AppConfig): Params {
  const options: LoggerOptions = {
    base: { pid: process.pid, service: 'worker' },
    level: config.log.level,
    redact: { paths: ['*.password', '*.smtpUrl', '*.token'], censor: '[redacted]' },
    timestamp: stdTimeFunctions.isoTime,
    ...(config.log.pretty ? { transport: { options: { singleLine: true }, target: 'pino-pretty' } } : {}),
  };
  return { pinoHttp: options };
}
