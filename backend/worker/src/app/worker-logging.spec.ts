import { loadConfig } from '@balss/platform/config';
import type { LoggerOptions } from 'pino';
import { workerLoggerParams } from './worker-logging';

const config = (env: Record<string, string>) =>
  loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1/db', REDIS_URL: 'redis://127.0.0.1:6379', ...env });

describe('workerLoggerParams', () => {
  it('logs JSON at the configured level, marked as the worker', () => {
    const options = workerLoggerParams(config({ LOG_LEVEL: 'debug' })).pinoHttp as LoggerOptions;
    expect(options.level).toBe('debug');
    expect(options.base).toMatchObject({ service: 'worker' });
    expect(options.transport).toBeUndefined();
  });

  it('pretty-prints only when LOG_PRETTY asks for it', () => {
    const options = workerLoggerParams(config({ LOG_PRETTY: 'true' })).pinoHttp as LoggerOptions;
    expect(options.transport).toMatchObject({ target: 'pino-pretty' });
  });
});
