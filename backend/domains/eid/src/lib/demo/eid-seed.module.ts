import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalityModule } from '@balss/domains/municipality';
import { EidProviderEntity } from '../entities/eid-provider.entity';
import { EidProviderRepository } from '../persistence/eid-provider.repository';
import { EidDemoSeedService } from './eid-demo-seed.service';

/** What `cli.js seed` needs: the demo provider configuration, without identity or queues. */
@Module({
  exports: [EidDemoSeedService],
  imports: [MunicipalityModule, TypeOrmModule.forFeature([EidProviderEntity])],
  providers: [EidDemoSeedService, EidProviderRepository],
})
export class EidSeedModule {}
