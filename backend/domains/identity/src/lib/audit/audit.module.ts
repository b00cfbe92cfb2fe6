import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalityModule } from '@balss/domains/municipality';
import { AuditEventEntity } from '../entities/audit-event.entity';
import { UserEntity } from '../entities/user.entity';
import { AuditEventRepository } from '../persistence/audit-event.repository';
import { AuditService } from './audit.service';

/**
 * The audit trail alone: `AuditService.record(tx, entry)` with no queue, mail or session machinery,
 * so the worker and the seed command (which have no api queue connection) write the same rows as
 * the api. IdentityModule imports and re-exports it. UserEntity and MunicipalityModule are here
 * only because `audit_event`'s foreign keys need their entity metadata.
 */
@Module({
  exports: [AuditEventRepository, AuditService],
  imports: [MunicipalityModule, TypeOrmModule.forFeature([AuditEventEntity, UserEntity])],
  providers: [AuditEventRepository, AuditService],
})
export class AuditModule {}
