import type { Locale } from './locale';

/**
 * The job catalogue: every BullMQ queue, every job name and its payload type. Producers and
 * processors both import from here, so a payload change is a compile error on both sides.
 */
export const QueueName = {
  Mail: 'mail',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  SendMail: 'send-mail',
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

export interface JobPayloads {
  [JobName.SendMail]: SendMailPayload;
}

/** Which queue each job runs on. */
export const JobQueue: Record<JobName, QueueName> = {
  [JobName.SendMail]: QueueName.Mail,
};

/** What a processor reports when a job ends (stored as the BullMQ return value). */
export type JobStatus = 'done' | 'skipped' | 'failed';
