import { throttledErrorListener } from './connection-errors';

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
