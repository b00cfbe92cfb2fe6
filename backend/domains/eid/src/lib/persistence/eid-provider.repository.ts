import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { EidProviderEntity } from '../entities/eid-provider.entity';

export type EidProviderSettings = Pick<
  EidProviderEntity,
  'issuerUrl' | 'clientId' | 'clientSecretEnv' | 'scopes' | 'personalCodeClaim' | 'enabled'
>;

/** The only place that queries `eid_provider`. */
@Injectable()
export class EidProviderRepository {
  constructor(@InjectRepository(EidProviderEntity) private readonly providers: Repository<EidProviderEntity>) {}

  findEnabledForMunicipality(municipalityId: string): Promise<EidProviderEntity | null> {
    return this.providers.findOne({ where: { municipalityId, enabled: true } });
  }

  findById(id: string): Promise<EidProviderEntity | null> {
    return this.providers.findOne({ where: { id } });
  }

  /** Creates or replaces the municipality's provider (one per municipality). */
  async upsert(municipalityId: string, settings: EidProviderSettings, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(EidProviderEntity) : this.providers;
    await repository.upsert({ municipalityId, ...settings }, { conflictPaths: ['municipalityId'] });
  }
}
