import type { Locale } from './locale';

/**
 * The job catalogue: every BullMQ queue, every job name and its payload type. Producers and
 * processors both import from here, so a payload change is a compile error on both sides.
 */
export const QueueName = {
  Mail: 'mail',
  Register: 'register',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  SendMail: 'send-mail',
  ImportRegister: 'import-register',
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

export interface JobPayloads {
  [JobName.SendMail]: SendMailPayload;
  [JobName.ImportRegister]: ImportRegisterPayload;
}

/** Which queue each job runs on. */
export const JobQueue: Record<JobName, QueueName> = {
  [JobName.SendMail]: QueueName.Mail,
  [JobName.ImportRegister]: QueueName.Register,
};

/** What a processor reports when a job ends (stored as the BullMQ return value). */
export type JobStatus = 'done' | 'skipped' | 'failed';
