import { JobName, type SendMailPayload } from '@balss/contracts';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import type { MailService } from './mail.service';
import { MailProcessor } from './mail.processor';

const mail: SendMailPayload = { idempotencyKey: 'k1', locale: 'en', subject: 'Hello', text: 'Hi', to: 'a@example.lv' };

function setup() {
  const service = { deliver: jest.fn().mockResolvedValue('done') };
  return { service, sut: new MailProcessor(service as unknown as MailService) };
}

describe('MailProcessor', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(true));

  it('hands a send-mail job to MailService and returns its status', async () => {
    const { service, sut } = setup();
    const job = { data: mail, id: 'mail-1', name: JobName.SendMail } as Job;
    await expect(sut.process(job)).resolves.toBe('done');
    expect(service.deliver).toHaveBeenCalledWith(mail);
  });

  it('fails an unknown job at once instead of retrying it', async () => {
    const { service, sut } = setup();
    await expect(sut.process({ data: {}, id: '1', name: 'tally-cycle' } as Job)).rejects.toBeInstanceOf(UnrecoverableError);
    expect(service.deliver).not.toHaveBeenCalled();
  });
});
