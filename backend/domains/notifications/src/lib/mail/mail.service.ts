import type { JobStatus, SendMailPayload } from '@balss/contracts';
import { AppConfig } from '@balss/platform/config';
import { IdempotencyStore } from '@balss/platform/queue';
import { Inject, Injectable } from '@nestjs/common';
import { MailDeliveryError, toDeliveryError } from './mail-errors';
import { mailMessageId } from './mail-identity';
import { MAIL_TRANSPORT, smtpServerLabel, type MailTransport } from './mail-transport';

const SCOPE = 'mail';
/** Longer than one SMTP attempt (see mail-transport), so a live attempt never loses its claim. */
export const MAIL_CLAIM_LEASE_MS = 60_000;
/** Longer than any job's retry window and its retention in the queue, so a replay is still caught. */
export const MAIL_DELIVERED_TTL_SECONDS = 30 * 24 * 3600;

/**
 * Delivers a rendered mail over SMTP at most once per idempotency key, as far as anyone can.
 *
 * Trade-off: the key is marked delivered only after the SMTP server accepted the mail. If the
 * worker dies in the instant between that acceptance and the mark, the retry sends it again
 * (at-least-once). Marking before sending would instead lose the mail whenever the send fails
 * after the mark. A verification or reset mail sent twice is harmless; one never sent locks a
 * person out, so we accept the rare duplicate (it carries the same Message-ID). While one attempt
 * holds the key, a concurrent one backs off (`busy`) rather than sending in parallel.
 */
@Injectable()
export class MailService {
  private readonly server: string;

  constructor(
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    private readonly store: IdempotencyStore,
    private readonly config: AppConfig,
  ) {
    this.server = smtpServerLabel(config.mail.smtpUrl);
  }

  async deliver(mail: SendMailPayload): Promise<JobStatus> {
    const claim = await this.store.claim(SCOPE, mail.idempotencyKey, MAIL_CLAIM_LEASE_MS);
    switch (claim.outcome) {
      case 'done':
        return 'skipped';
      case 'busy':
        throw new MailDeliveryError(`Mail ${mail.idempotencyKey} is being delivered by another attempt; retrying later`);
      case 'claimed':
        break;
    }
    try {
      await this.transport.sendMail({
        from: this.config.mail.from,
        headers: { 'Content-Language': mail.locale },
        html: mail.html,
        messageId: mailMessageId(mail.idempotencyKey),
        subject: mail.subject,
        text: mail.text,
        to: mail.to,
      });
    } catch (cause) {
      // Free the key for the next retry; if Redis is down too, the lease simply expires.
      await this.store.release(SCOPE, mail.idempotencyKey, claim.token).catch(() => undefined);
      throw toDeliveryError(cause, this.server);
    }
    await this.store.markDone(SCOPE, mail.idempotencyKey, MAIL_DELIVERED_TTL_SECONDS);
    return 'done';
  }
}
