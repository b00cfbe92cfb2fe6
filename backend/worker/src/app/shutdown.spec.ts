import type { INestApplicationContext } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { exitOnSignals, SHUTDOWN_TIMEOUT_MS } from './shutdown';

/** Signals are sent to a private emitter-backed `process.on`, never to the test runner itself. */
function setup(close: () => Promise<void>) {
  const signals = new EventEmitter();
  const on = jest.spyOn(process, 'on').mockImplementation(((event: string, listener: (...args: unknown[]) => void) => {
    signals.on(event, listener);
    return process;
  }) as typeof process.on);
  const exit = jest.fn();
  const logger = { error: jest.fn(), log: jest.fn(), warn: jest.fn() };
  const app = { close: jest.fn(close) } as unknown as INestApplicationContext;
  exitOnSignals(app, logger, exit, ['SIGTERM', 'SIGINT']);
  on.mockRestore();
  return { app, exit, logger, signals };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('exitOnSignals', () => {
  afterEach(() => jest.useRealTimers());

  it('closes the app (workers, Redis, SMTP) on SIGTERM, then exits 0', async () => {
    const { app, exit, signals } = setup(() => Promise.resolve());
    signals.emit('SIGTERM', 'SIGTERM');
    await flush();
    expect(app.close).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledWith(0);
  });

  it('exits 1 at once on a second signal while still closing', async () => {
    const { app, exit, signals } = setup(() => new Promise<void>(() => undefined));
    signals.emit('SIGINT', 'SIGINT');
    signals.emit('SIGINT', 'SIGINT');
    await flush();
    expect(app.close).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('gives up after the timeout when an active job never finishes', () => {
    jest.useFakeTimers();
    const { exit, signals } = setup(() => new Promise<void>(() => undefined));
    signals.emit('SIGTERM', 'SIGTERM');
    jest.advanceTimersByTime(SHUTDOWN_TIMEOUT_MS);
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('exits 1 when closing fails', async () => {
    const { exit, logger, signals } = setup(() => Promise.reject(new Error('redis quit failed')));
    signals.emit('SIGTERM', 'SIGTERM');
    await flush();
    expect(exit).toHaveBeenCalledWith(1);
    expect(logger.error).toHaveBeenCalledWith('shutdown failed', expect.stringContaining('redis quit failed'), 'Shutdown');
  });
});
