import { redisClientOf, throttledErrorListener } from './connection-errors';

describe('throttledErrorListener', () => {
  afterEach(() => jest.useRealTimers());

  it('logs the first error, holds back repeats, then reports how many it held back', () => {
    jest.useFakeTimers({ now: 0 });
    const logger = { warn: jest.fn() };
    const listen = throttledErrorListener(logger, 'queue "mail"', 30_000);
    listen(new Error('connect ECONNREFUSED'));
    listen(new Error('connect ECONNREFUSED'));
    listen(new Error('connect ECONNREFUSED'));
    expect(logger.warn).toHaveBeenCalledTimes(1);
    jest.setSystemTime(30_000);
    listen(new Error('connect ECONNREFUSED'));
    expect(logger.warn).toHaveBeenCalledTimes(2);
    expect(logger.warn).toHaveBeenLastCalledWith('queue "mail": connect ECONNREFUSED (2 similar errors not logged)');
  });
});

describe('redisClientOf', () => {
  const target = (client: Promise<unknown> | undefined) => ({ getBackend: () => ({ client }) });

  it('hands back the client of a queue or worker that has connected', async () => {
    const client = { disconnect: jest.fn(), status: 'reconnecting' };
    await expect(redisClientOf(target(Promise.resolve(client)))).resolves.toBe(client);
  });

  it('answers null for a client that never connected or failed to', async () => {
    await expect(redisClientOf(target(new Promise(() => undefined)), 20)).resolves.toBeNull();
    await expect(redisClientOf(target(Promise.reject(new Error('ECONNREFUSED'))))).resolves.toBeNull();
    await expect(redisClientOf(target(undefined))).resolves.toBeNull();
  });
});
