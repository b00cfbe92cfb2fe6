import { AppConfig } from '@balss/platform/config';
import type { OnApplicationShutdown, Provider } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
export type MailTransport = Pick<Transporter<SMTPTransport.SentMessageInfo>, 'sendMail' | 'close'>;

/**
 * The SMTP transport, built once from `config.mail.smtpUrl` (which may carry credentials and
 * `smtps://` for TLS). The timeouts keep one attempt well under the idempotency lease (60 s), so a
 * hung server fails the attempt instead of outliving the claim.
 */
export const mailTransportProvider: Provider = {
  inject: [AppConfig],
  provide: MAIL_TRANSPORT,
  useFactory: (config: AppConfig): MailTransport & OnApplicationShutdown => {
    const transport = createTransport({
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      url: config.mail.smtpUrl,
    });
    return Object.assign(transport, { onApplicationShutdown: () => transport.close() });
  },
};

/** `host:port` of an SMTP URL, for messages and logs; the URL itself may contain a password. */
export function smtpServerLabel(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    return `${url.hostname}:${url.port || (url.protocol === 'smtps:' ? '465' : '587')}`;
  } catch {
    return '(unparseable SMTP_URL)';
  }
}
