import { QueueModule, WorkerQueueModule } from '@balss/platform/queue';
import { Module } from '@nestjs/common';
import { MailProcessor } from './mail/mail.processor';
import { MailProducer } from './mail/mail.producer';
import { MailService } from './mail/mail.service';
import { mailTransportProvider } from './mail/mail-transport';

/** The api side: MailProducer, to queue mails. */
@Module({
  exports: [MailProducer],
  imports: [QueueModule],
  providers: [MailProducer],
})
export class NotificationsModule {}

/** The worker side: the mail processor and the SMTP delivery behind it. Only the worker imports it. */
@Module({
  imports: [WorkerQueueModule],
  providers: [MailProcessor, MailService, mailTransportProvider],
})
export class NotificationsWorkerModule {}
