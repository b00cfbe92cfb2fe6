import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@balss/domains/identity';
import { MunicipalityModule } from '@balss/domains/municipality';
import { NotificationsModule } from '@balss/domains/notifications';
import { AdultInvitationService } from './adults/adult-invitation.service';
import { YouthMails } from './adults/youth-mails';
import { CodeBatchService } from './codes/code-batch.service';
import { AdultInvitationEntity } from './entities/adult-invitation.entity';
import { YouthCodeBatchEntity } from './entities/youth-code-batch.entity';
import { YouthCodeEntity } from './entities/youth-code.entity';
import { YouthProfileEntity } from './entities/youth-profile.entity';
import { YouthSettingsEntity } from './entities/youth-settings.entity';
import { CodeBatchController } from './http/code-batch.controller';
import { AdultInvitationController, MentorController, YouthController } from './http/youth.controllers';
import { AdultInvitationRepository } from './persistence/adult-invitation.repository';
import { CodeBatchRepository } from './persistence/code-batch.repository';
import { YouthProfileRepository } from './persistence/youth-profile.repository';
import { RedemptionService } from './redemption/redemption.service';
import { YouthStatusService } from './status/youth-status.service';
import { YouthAgePolicy } from './youth-age-policy';
import { YouthClock } from './youth-clock';
import { YouthPersonalData } from './youth-personal-data';

export const YOUTH_ENTITIES = [AdultInvitationEntity, YouthCodeBatchEntity, YouthCodeEntity, YouthProfileEntity, YouthSettingsEntity];

/**
 * Youth accounts without e-ID: code batches, redemption, the responsible adult. Exports
 * YouthStatusService for the grants domain (`assertMaySubmit`).
 */
@Module({
  controllers: [AdultInvitationController, CodeBatchController, MentorController, YouthController],
  exports: [YouthStatusService],
  imports: [IdentityModule, MunicipalityModule, NotificationsModule, TypeOrmModule.forFeature(YOUTH_ENTITIES)],
  providers: [
    AdultInvitationRepository,
    AdultInvitationService,
    CodeBatchRepository,
    CodeBatchService,
    RedemptionService,
    YouthAgePolicy,
    YouthClock,
    YouthMails,
    YouthPersonalData,
    YouthProfileRepository,
    YouthStatusService,
  ],
})
export class YouthModule {}
