import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Transactions, UserEntity } from '@balss/domains/identity';
import { MunicipalityModule } from '@balss/domains/municipality';
import { AdultInvitationEntity } from '../entities/adult-invitation.entity';
import { YouthCodeBatchEntity } from '../entities/youth-code-batch.entity';
import { YouthCodeEntity } from '../entities/youth-code.entity';
import { YouthProfileEntity } from '../entities/youth-profile.entity';
import { YouthDemoSeedService } from './youth-demo-seed.service';
import { YouthDemoRepository } from './youth-demo.repository';

/** What `cli.js seed` needs for the youth demo data: no queues (no Redis at seed time), no controllers. */
@Module({
  exports: [YouthDemoSeedService],
  imports: [
    MunicipalityModule,
    TypeOrmModule.forFeature([AdultInvitationEntity, UserEntity, YouthCodeBatchEntity, YouthCodeEntity, YouthProfileEntity]),
  ],
  providers: [Transactions, YouthDemoRepository, YouthDemoSeedService],
})
export class YouthSeedModule {}
