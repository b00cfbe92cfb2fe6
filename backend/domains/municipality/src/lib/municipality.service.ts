import { Injectable } from '@nestjs/common';
import type { MunicipalityDto, MunicipalitySummaryDto } from '@balss/contracts';
import type { EntityManager } from 'typeorm';
import { MunicipalityNotFoundError } from './municipality.errors';
import { toMunicipalityDto, toMunicipalitySummaryDto } from './municipality.mapper';
import { MunicipalityRepository } from './municipality.repository';
import type { NewMunicipality } from './municipality.types';

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

  /** A tenant by id (for other domains that hold the id and need the slug or names). */
  async getSummaryById(id: string): Promise<MunicipalitySummaryDto> {
    const municipality = await this.repository.findById(id);
    if (!municipality) {
      throw new MunicipalityNotFoundError(id);
    }
    return toMunicipalitySummaryDto(municipality);
  }

  /**
   * Inserts a new tenant inside the caller's transaction (identity creates it together with its first
   * administrator and the audit entry). The access check is the caller's: only identity's
   * platform-administrator use case calls this. A taken slug is MunicipalitySlugTakenError (409).
   * Neighbourhoods get only their names; bank, point and population stay unknown (null).
   */
  async createInTransaction(manager: EntityManager, input: NewMunicipality): Promise<MunicipalitySummaryDto> {
    return toMunicipalitySummaryDto(await this.repository.insert(manager, input));
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
