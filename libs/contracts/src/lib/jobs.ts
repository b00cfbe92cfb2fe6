import type { Locale } from './locale';

/**
 * The job catalogue: every BullMQ queue, every job name and its payload type. Producers and
 * processors both import from here, so a payload change is a compile error on both sides.
 */
export const QueueName = {
  Mail: 'mail',
  Register: 'register',
  Account: 'account',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  SendMail: 'send-mail',
  ImportRegister: 'import-register',
  AccountMail: 'account-mail',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** A rendered e-mail. Templates are rendered by the producer so the worker stays language-agnostic. */
export interface SendMailPayload {
  to: string;
  subject: string;
  text: string;
  html?: string;
  locale: Locale;
  /** Idempotency key: the processor never delivers the same key twice. */
  idempotencyKey: string;
}

/**
 * Imports a staged voter-register CSV (api: POST /api/register/imports). The file is in the database
 * (register_import_chunk), so the payload is only the import id, which is also the BullMQ job id and
 * the idempotency key: a retried or duplicated job finds the import completed and skips it.
 */
export interface ImportRegisterPayload {
  importId: string;
}

/**
 * An account e-mail asked for by address (identity: password reset, verification resend, sign-up
 * with a known address). The api queues one for every well-formed address without looking it up, so
 * its work — and its answer time — is the same whether or not the address has an account; the
 * worker looks the account up and mails it, or silently does nothing.
 */
export interface AccountMailPayload {
  kind: 'reset-password' | 'verify-email' | 'already-registered';
  /** Normalised (trimmed, lower-case). */
  email: string;
  /** The requester's truncated IP, for the audit event the worker writes. */
  ipPrefix: string | null;
}

export interface JobPayloads {
  [JobName.SendMail]: SendMailPayload;
  [JobName.ImportRegister]: ImportRegisterPayload;
  [JobName.AccountMail]: AccountMailPayload;
}

/** Which queue each job runs on. */
export const JobQueue: Record<JobName, QueueName> = {
  [JobName.SendMail]: QueueName.Mail,
  [JobName.ImportRegister]: QueueName.Register,
  [JobName.AccountMail]: QueueName.Account,
};

/** What a processor reports when a job ends (stored as the BullMQ return value). */
export type JobStatus = 'done' | 'skipped' | 'failed';
