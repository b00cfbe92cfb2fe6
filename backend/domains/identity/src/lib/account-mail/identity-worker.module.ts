import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailProducer } from '@balss/domains/notifications';
import { WorkerQueueModule } from '@balss/platform/queue';
import { AccountMails } from '../accounts/account-mails';
import { AuditModule } from '../audit/audit.module';
import { OneTimeTokenEntity } from '../entities/one-time-token.entity';
import { UserEntity } from '../entities/user.entity';
import { OneTimeTokenRepository } from '../persistence/one-time-token.repository';
import { Transactions } from '../persistence/transactions';
import { UserRepository } from '../persistence/user.repository';
import { OneTimeTokenService } from '../tokens/one-time-token.service';
import { Clock } from '../util/clock';
import { AccountMailProcessor } from './account-mail.processor';
import { AccountMailRunner } from './account-mail.runner';

/**
 * The worker side of identity: the account-mail processor. Only the worker imports it. MailProducer
 * is provided here, not through NotificationsModule, because that one brings the api's QueueModule.
 */
@Module({
  imports: [AuditModule, WorkerQueueModule, TypeOrmModule.forFeature([OneTimeTokenEntity, UserEntity])],
  providers: [
    AccountMailProcessor,
    AccountMailRunner,
    AccountMails,
    Clock,
    MailProducer,
    OneTimeTokenRepository,
    OneTimeTokenService,
    Transactions,
    UserRepository,
  ],
})
export class IdentityWorkerModule {}
