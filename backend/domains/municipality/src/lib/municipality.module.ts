import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalityEntity } from './entities/municipality.entity';
import { NeighbourhoodEntity } from './entities/neighbourhood.entity';
import { MunicipalityController } from './municipality.controller';
import { MunicipalityRepository } from './municipality.repository';
import { MunicipalityService } from './municipality.service';
import { MunicipalitySeedService } from './seed/municipality-seed.service';

/** The tenant domain: municipalities and their neighbourhoods. */
@Module({
  controllers: [MunicipalityController],
  exports: [MunicipalitySeedService, MunicipalityService],
  imports: [TypeOrmModule.forFeature([MunicipalityEntity, NeighbourhoodEntity])],
  providers: [MunicipalityRepository, MunicipalitySeedService, MunicipalityService],
})
export class MunicipalityModule {}
