import { Injectable } from '@nestjs/common';
import type { MunicipalityDto, MunicipalitySummaryDto } from '@balss/contracts';
import { MunicipalityNotFoundError } from './municipality.errors';
import { toMunicipalityDto, toMunicipalitySummaryDto } from './municipality.mapper';
import { MunicipalityRepository } from './municipality.repository';

/**
 * Reads of the tenant and its neighbourhoods. These are public facts (DOMAIN: the public reads
 * without an account), so there is no access check; methods that change a municipality will start
 * with one when issue 3 brings roles.
 */
@Injectable()
export class MunicipalityService {
  constructor(private readonly repository: MunicipalityRepository) {}

  async list(): Promise<MunicipalitySummaryDto[]> {
    const municipalities = await this.repository.findAll();
    return municipalities.map(toMunicipalitySummaryDto);
  }

  /** The municipality with its neighbourhoods in Latvian alphabetical order. */
  async getBySlug(slug: string): Promise<MunicipalityDto> {
    const municipality = await this.repository.findBySlugWithNeighbourhoods(slug);
    if (!municipality) {
      throw new MunicipalityNotFoundError(slug);
    }
    return toMunicipalityDto(municipality);
  }

  /** The tenant id for a slug, for other domains that store rows per municipality. */
  async requireIdBySlug(slug: string): Promise<string> {
    const municipality = await this.repository.findBySlug(slug);
    if (!municipality) {
      throw new MunicipalityNotFoundError(slug);
    }
    return municipality.id;
  }
}
