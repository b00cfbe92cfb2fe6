import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EidModule, PersonalCodeHashModule } from '@balss/domains/eid';
import { AuditModule, IdentityModule } from '@balss/domains/identity';
import { MunicipalityModule } from '@balss/domains/municipality';
import { QueueModule, WorkerQueueModule } from '@balss/platform/queue';
import { RegisterAudit } from './audit/register-audit';
import { RegisterDemoSeedService } from './demo/register-demo-seed.service';
import { VoterEligibilityService } from './eligibility/voter-eligibility.service';
import { RegisterEntryEntity } from './entities/register-entry.entity';
import { RegisterImportChunkEntity } from './entities/register-import-chunk.entity';
import { RegisterImportEntity } from './entities/register-import.entity';
import { MyEligibilityController, RegisterImportsController } from './http/register.controllers';
import { NeighbourhoodDirectory } from './import/neighbourhoods';
import { RegisterImportProcessor } from './import/register-import.processor';
import { RegisterImportProducer } from './import/register-import.producer';
import { RegisterImportRunner } from './import/register-import.runner';
import { RegisterUploadService } from './import/register-upload.service';
import { RegisterEntryRepository } from './persistence/register-entry.repository';
import { RegisterImportRepository } from './persistence/register-import.repository';

const entities = TypeOrmModule.forFeature([RegisterEntryEntity, RegisterImportChunkEntity, RegisterImportEntity]);
const repositories = [RegisterEntryRepository, RegisterImportRepository];

/** The api side: upload and follow imports, "may I vote?". */
@Module({
  controllers: [MyEligibilityController, RegisterImportsController],
  imports: [EidModule, IdentityModule, MunicipalityModule, QueueModule, entities],
  providers: [
    ...repositories,
    NeighbourhoodDirectory,
    RegisterImportProducer,
    RegisterUploadService,
    VoterEligibilityService,
    RegisterAudit,
  ],
})
export class VoterRegisterModule {}

/** The worker side: the import processor. Only the worker imports it. */
@Module({
  imports: [AuditModule, MunicipalityModule, PersonalCodeHashModule, WorkerQueueModule, entities],
  providers: [
    ...repositories,
    NeighbourhoodDirectory,
    RegisterImportProcessor,
    RegisterImportRunner,
    RegisterAudit,
  ],
})
export class VoterRegisterWorkerModule {}

/** `cli.js seed` in demo mode: the demo register, imported synchronously (no queues at seed time). */
@Module({
  exports: [RegisterDemoSeedService],
  imports: [AuditModule, MunicipalityModule, PersonalCodeHashModule, entities],
  providers: [
    ...repositories,
    NeighbourhoodDirectory,
    RegisterDemoSeedService,
    RegisterImportRunner,
    RegisterAudit,
  ],
})
export class VoterRegisterSeedModule {}
