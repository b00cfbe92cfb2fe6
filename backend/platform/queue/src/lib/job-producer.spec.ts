import { JobName, QueueName, type SendMailPayload } from '@balss/contracts';
import type { Queue } from 'bullmq';
import { isRedisUnavailable, JobProducer, QueueUnavailableError } from './job-producer';

const mail: SendMailPayload = {
  idempotencyKey: 'verify-email:42',
  locale: 'lv',
  subject: 'Apstipriniet e-pastu',
  text: 'Sveiki!',
  to: 'anna@example.lv',
};

function setup() {
  const add = jest.fn<Promise<{ id?: string }>, Parameters<Queue['add']>>();
  const queue = { add, name: QueueName.Mail } as unknown as Queue;
  const sut = new JobProducer(new Map([[QueueName.Mail, queue]]));
  return { add, sut };
}

describe('JobProducer', () => {
  it('adds the job to the queue the catalogue names, with its options', async () => {
    const { add, sut } = setup();
    add.mockResolvedValue({ id: 'mail-1' });
    await expect(sut.add(JobName.SendMail, mail, { jobId: 'mail-1' })).resolves.toEqual({ jobId: 'mail-1' });
    expect(add).toHaveBeenCalledWith(JobName.SendMail, mail, { jobId: 'mail-1' });
  });

  it('only accepts the payload type of the job name', () => {
    const { sut } = setup();
    const check = () => {
      // @ts-expect-error a mail job needs a SendMailPayload
      void sut.add(JobName.SendMail, { cycleId: 'c1' });
    };
    expect(check).toBeDefined();
  });

  it('turns a Redis outage into QueueUnavailableError, keeping the cause', async () => {
    const { add, sut } = setup();
    const outage = Object.assign(new Error('Reached the max retries per request limit'), { name: 'MaxRetriesPerRequestError' });
    add.mockRejectedValue(outage);
    const error = await sut.add(JobName.SendMail, mail).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueueUnavailableError);
    expect(error).toMatchObject({ cause: outage, code: 'SERVICE_UNAVAILABLE', job: JobName.SendMail, queue: QueueName.Mail });
  });

  it('lets other failures surface as themselves', async () => {
    const { add, sut } = setup();
    const bug = new Error('Custom Id cannot contain :');
    add.mockRejectedValue(bug);
    await expect(sut.add(JobName.SendMail, mail, { jobId: 'a:b' })).rejects.toBe(bug);
  });
});

describe('isRedisUnavailable', () => {
  it.each([
    [Object.assign(new Error('x'), { name: 'MaxRetriesPerRequestError' })],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' })],
    [new Error('Connection is closed.')],
    [new Error("Stream isn't writeable and enableOfflineQueue options is false")],
  ])('recognises %s', (error) => expect(isRedisUnavailable(error)).toBe(true));

  it.each([[new Error('ERR syntax error')], ['a string'], [undefined]])('does not mistake %s for an outage', (error) =>
    expect(isRedisUnavailable(error)).toBe(false),
  );
});
