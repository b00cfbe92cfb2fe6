import { Injectable, Logger } from '@nestjs/common';
import { MunicipalityRepository } from '../municipality.repository';
import type { MunicipalitySeed, SeedOutcome } from '../municipality.types';
import { DAUGAVPILS_SEED } from './daugavpils.seed-data';

/**
 * Loads reference data: the tenant row and its neighbourhoods. Idempotent by slug, so `db:seed` runs on
 * every `npm start` and container start; a second run changes nothing and says so.
 */
@Injectable()
export class MunicipalitySeedService {
  private readonly logger = new Logger(MunicipalitySeedService.name);

  constructor(private readonly repository: MunicipalityRepository) {}

  seedDaugavpils(): Promise<SeedOutcome> {
    return this.seed(DAUGAVPILS_SEED);
  }

  async seed(seed: MunicipalitySeed): Promise<SeedOutcome> {
    const outcome = await this.repository.upsertSeed(seed);
    const { created, updated, unchanged } = outcome.neighbourhoods;
    this.logger.log(
      `${seed.slug}: municipality ${outcome.municipality}; neighbourhoods ${created} created, ` +
        `${updated} updated, ${unchanged} unchanged`,
    );
    return outcome;
  }
}
