import { createHash } from 'node:crypto';

function hashKey(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey, 'utf8').digest('hex');
}

/**
 * The BullMQ job id of a mail. BullMQ ignores an `add` whose job id already exists, which stops a
 * mail from being queued twice while its job is kept. Hashing makes any key a valid id (BullMQ
 * refuses ids with ':' or that look like integers) of bounded length.
 */
export function mailJobId(idempotencyKey: string): string {
  return `mail-${hashKey(idempotencyKey)}`;
}

/**
 * The Message-ID header: stable per idempotency key, so in the rare case a mail is delivered twice
 * (see MailService) mail clients can recognise the copy.
 */
export function mailMessageId(idempotencyKey: string): string {
  return `<${hashKey(idempotencyKey).slice(0, 40)}@balss.mail>`;
}
