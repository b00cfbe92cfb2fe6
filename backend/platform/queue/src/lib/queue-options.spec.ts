import { QueueName } from '@balss/contracts';
import { DEFAULT_JOB_OPTIONS, jobOptionsOf, MAIL_JOB_OPTIONS, queueRootOptions } from './queue-options';

describe('queueRootOptions', () => {
  const url = 'redis://127.0.0.1:6379/2';

  it('lets a worker wait out a Redis outage (BullMQ requires maxRetriesPerRequest: null)', () => {
    const options = queueRootOptions(url, 'worker');
    expect(options.connection).toMatchObject({ maxRetriesPerRequest: null, url });
    expect(options.skipWaitingForReady).toBeUndefined();
  });

  it('makes a producer fail fast instead of hanging or dying while Redis is down', () => {
    const options = queueRootOptions(url, 'producer');
    expect(options.connection).toMatchObject({ maxRetriesPerRequest: 1, url });
    expect(options).toMatchObject({ skipVersionCheck: true, skipWaitingForReady: true });
  });

  it('retries jobs with exponential backoff and keeps finished jobs for a bounded time', () => {
    for (const role of ['producer', 'worker'] as const) {
      expect(queueRootOptions(url, role).defaultJobOptions).toBe(DEFAULT_JOB_OPTIONS);
    }
    expect(DEFAULT_JOB_OPTIONS).toMatchObject({ attempts: 5, backoff: { type: 'exponential' } });
    expect(DEFAULT_JOB_OPTIONS.removeOnComplete).toEqual({ age: expect.any(Number), count: expect.any(Number) });
    expect(DEFAULT_JOB_OPTIONS.removeOnFail).toEqual({ age: expect.any(Number), count: expect.any(Number) });
  });

  it('removes a delivered mail job at once and keeps a failed one a day at most (they carry links)', () => {
    expect(jobOptionsOf(QueueName.Mail)).toBe(MAIL_JOB_OPTIONS);
    expect(MAIL_JOB_OPTIONS).toMatchObject({
      attempts: 5,
      backoff: DEFAULT_JOB_OPTIONS.backoff,
      removeOnComplete: true,
    });
    expect(MAIL_JOB_OPTIONS.removeOnFail).toEqual({ age: 24 * 3600, count: expect.any(Number) });
    expect(jobOptionsOf(QueueName.Register)).toBe(DEFAULT_JOB_OPTIONS);
  });
});
