import { JobName, type SendMailPayload } from '@balss/contracts';
import type { JobProducer } from '@balss/platform/queue';
import { InvalidMailError } from './mail-errors';
import { mailJobId } from './mail-identity';
import { MailProducer } from './mail.producer';

const mail: SendMailPayload = {
  idempotencyKey: 'verify-email:42:1',
  locale: 'ru',
  subject: 'Подтвердите адрес',
  text: 'Здравствуйте!',
  to: 'ivan@example.lv',
};

function setup() {
  const jobs = { add: jest.fn().mockResolvedValue({ jobId: 'x' }) };
  return { jobs, sut: new MailProducer(jobs as unknown as JobProducer) };
}

describe('MailProducer.send', () => {
  it('queues the mail as a send-mail job whose id comes from the idempotency key', async () => {
    const { jobs, sut } = setup();
    await sut.send(mail);
    expect(jobs.add).toHaveBeenCalledWith(JobName.SendMail, mail, { jobId: mailJobId(mail.idempotencyKey) });
  });

  it('gives the same key the same job id, so BullMQ keeps one job', async () => {
    const { jobs, sut } = setup();
    await sut.send(mail);
    await sut.send({ ...mail, subject: 'changed' });
    const [first, second] = jobs.add.mock.calls.map((call: unknown[]) => call[2]);
    expect(first).toEqual(second);
  });

  it('refuses a mail without a key or a recipient', async () => {
    const { jobs, sut } = setup();
    await expect(sut.send({ ...mail, idempotencyKey: '  ' })).rejects.toBeInstanceOf(InvalidMailError);
    await expect(sut.send({ ...mail, to: 'nobody' })).rejects.toBeInstanceOf(InvalidMailError);
    expect(jobs.add).not.toHaveBeenCalled();
  });
});

describe('mailJobId', () => {
  it('is a valid BullMQ id for any key: no colon, not an integer, bounded length', () => {
    for (const key of ['verify-email:42:1', '12345', 'x'.repeat(500), 'ļoti:garš/atslēga']) {
      const id = mailJobId(key);
      expect(id).toMatch(/^mail-[0-9a-f]{64}$/);
    }
    expect(mailJobId('a')).not.toBe(mailJobId('b'));
  });
});
