import type { SendMailPayload } from '@balss/contracts';
import { loadConfig } from '@balss/platform/config';
import type { IdempotencyStore } from '@balss/platform/queue';
import { UnrecoverableError } from 'bullmq';
import { MailDeliveryError, MailRejectedError } from './mail-errors';
import { mailMessageId } from './mail-identity';
import type { MailTransport } from './mail-transport';
import { MAIL_CLAIM_LEASE_MS, MAIL_DELIVERED_TTL_SECONDS, MailService } from './mail.service';

const mail: SendMailPayload = {
  html: '<p>Sveiki!</p>',
  idempotencyKey: 'verify-email:42:1',
  locale: 'lv',
  subject: 'Apstipriniet e-pastu',
  text: 'Sveiki!',
  to: 'anna@example.lv',
};

function setup() {
  const config = loadConfig({
    DATABASE_URL: 'postgres://unused@127.0.0.1/unused',
    MAIL_FROM: 'Balss <no-reply@balss.lv>',
    REDIS_URL: 'redis://127.0.0.1:6379',
    SMTP_URL: 'smtp://user:secret@mail.example.lv:2525',
  });
  const store = { claim: jest.fn(), markDone: jest.fn().mockResolvedValue(undefined), release: jest.fn().mockResolvedValue(undefined) } satisfies Partial<Record<keyof IdempotencyStore, jest.Mock>>;
  const transport = { close: jest.fn(), sendMail: jest.fn() } satisfies Record<keyof MailTransport, jest.Mock>;
  const sut = new MailService(transport as unknown as MailTransport, store as unknown as IdempotencyStore, config);
  return { store, sut, transport };
}

describe('MailService.deliver', () => {
  it('sends a claimed mail from the configured sender, then records it as delivered', async () => {
    const { store, sut, transport } = setup();
    store.claim.mockResolvedValue({ outcome: 'claimed', token: 't1' });
    transport.sendMail.mockResolvedValue({ accepted: [mail.to] });

    await expect(sut.deliver(mail)).resolves.toBe('done');

    expect(store.claim).toHaveBeenCalledWith('mail', mail.idempotencyKey, MAIL_CLAIM_LEASE_MS);
    expect(transport.sendMail).toHaveBeenCalledWith({
      from: 'Balss <no-reply@balss.lv>',
      headers: { 'Content-Language': 'lv' },
      html: mail.html,
      messageId: mailMessageId(mail.idempotencyKey),
      subject: mail.subject,
      text: mail.text,
      to: mail.to,
    });
    expect(store.markDone).toHaveBeenCalledWith('mail', mail.idempotencyKey, MAIL_DELIVERED_TTL_SECONDS);
  });

  it('skips a mail whose key was already delivered', async () => {
    const { store, sut, transport } = setup();
    store.claim.mockResolvedValue({ outcome: 'done' });
    await expect(sut.deliver(mail)).resolves.toBe('skipped');
    expect(transport.sendMail).not.toHaveBeenCalled();
  });

  it('backs off while another attempt holds the key', async () => {
    const { store, sut, transport } = setup();
    store.claim.mockResolvedValue({ outcome: 'busy' });
    await expect(sut.deliver(mail)).rejects.toBeInstanceOf(MailDeliveryError);
    expect(transport.sendMail).not.toHaveBeenCalled();
  });

  it('releases the key and asks for a retry when the server is unreachable, without leaking the SMTP password', async () => {
    const { store, sut, transport } = setup();
    store.claim.mockResolvedValue({ outcome: 'claimed', token: 't1' });
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:2525'), { code: 'ESOCKET' });
    transport.sendMail.mockRejectedValue(refused);

    const error = await sut.deliver(mail).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MailDeliveryError);
    expect(error).not.toBeInstanceOf(UnrecoverableError);
    expect((error as Error).message).toBe('SMTP server mail.example.lv:2525 unreachable (ESOCKET): connect ECONNREFUSED 10.0.0.1:2525');
    expect((error as Error).cause).toBe(refused);
    expect(store.release).toHaveBeenCalledWith('mail', mail.idempotencyKey, 't1');
    expect(store.markDone).not.toHaveBeenCalled();
  });

  it('retries a temporary refusal (4xx) but fails a permanent one (5xx) at once', async () => {
    const { store, sut, transport } = setup();
    store.claim.mockResolvedValue({ outcome: 'claimed', token: 't1' });
    transport.sendMail.mockRejectedValueOnce(Object.assign(new Error('greylisted'), { responseCode: 451, response: '451 try later' }));
    await expect(sut.deliver(mail)).rejects.toBeInstanceOf(MailDeliveryError);

    transport.sendMail.mockRejectedValueOnce(Object.assign(new Error('no such user'), { responseCode: 550, response: '550 no such user' }));
    const error = await sut.deliver(mail).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailRejectedError);
    expect(error).toBeInstanceOf(UnrecoverableError);
    expect((error as Error).message).toContain('rejected the mail: 550 no such user');
  });

  it('still reports the SMTP failure when Redis cannot release the key (the lease then expires)', async () => {
    const { store, sut, transport } = setup();
    store.claim.mockResolvedValue({ outcome: 'claimed', token: 't1' });
    store.release.mockRejectedValue(new Error('Connection is closed.'));
    transport.sendMail.mockRejectedValue(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' }));
    await expect(sut.deliver(mail)).rejects.toThrow('SMTP server mail.example.lv:2525 unreachable (ETIMEDOUT): timeout');
  });
});
