import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '@balss/domains/identity';
import { YouthProfileEntity } from '../entities/youth-profile.entity';
import { YouthSettingsEntity } from '../entities/youth-settings.entity';

/** The only place that queries `youth_profile` and `youth_settings`. */
@Injectable()
export class YouthProfileRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Tx, profile: Pick<YouthProfileEntity, 'userId' | 'municipalityId' | 'birthDate' | 'codeId'>): Promise<void> {
    await tx.getRepository(YouthProfileEntity).insert(profile);
  }

  findByUserId(userId: string, tx: Tx = this.dataSource.manager): Promise<YouthProfileEntity | null> {
    return tx.getRepository(YouthProfileEntity).findOne({ where: { userId } });
  }

  async deleteByUserId(tx: Tx, userId: string): Promise<void> {
    await tx.getRepository(YouthProfileEntity).delete({ userId });
  }

  settingsOf(municipalityId: string, tx: Tx = this.dataSource.manager): Promise<YouthSettingsEntity | null> {
    return tx.getRepository(YouthSettingsEntity).findOne({ where: { municipalityId } });
  }

  async saveSettings(tx: Tx, settings: Pick<YouthSettingsEntity, 'municipalityId' | 'minAge' | 'maxAge'>): Promise<void> {
    await tx.getRepository(YouthSettingsEntity).upsert(settings, ['municipalityId']);
  }
}
