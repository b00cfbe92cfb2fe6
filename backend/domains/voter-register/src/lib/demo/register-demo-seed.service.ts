import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MunicipalityService } from '@balss/domains/municipality';
import { AppConfig } from '@balss/platform/config';
import { RegisterImportRunner } from '../import/register-import.runner';
import { RegisterEntryRepository } from '../persistence/register-entry.repository';
import { RegisterImportRepository } from '../persistence/register-import.repository';
import { DEMO_REGISTER_CSV } from './demo-register';

/**
 * Demo mode only: imports DEMO_REGISTER_CSV into Daugavpils through the same runner as a real
 * import (validation, hashing, audit), synchronously — the seed command has no worker. Skipped when
 * the municipality already has a register, so an administrator's own demo import is kept.
 */
@Injectable()
export class RegisterDemoSeedService {
  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalityService,
    private readonly imports: RegisterImportRepository,
    private readonly entries: RegisterEntryRepository,
    private readonly runner: RegisterImportRunner,
  ) {}

  async seed(municipalitySlug = 'daugavpils'): Promise<{ outcome: 'imported' | 'kept' | 'skipped'; rows: number }> {
    if (!this.config.demo) {
      return { outcome: 'skipped', rows: 0 };
    }
    const municipalityId = await this.municipalities.requireIdBySlug(municipalitySlug);
    const existing = await this.entries.countInMunicipality(municipalityId);
    if (existing > 0) {
      return { outcome: 'kept', rows: existing };
    }
    const file = Buffer.from(DEMO_REGISTER_CSV, 'utf8');
    const importId = await this.dataSource.transaction(async (tx) => {
      const created = await this.imports.create(tx, { municipalityId, fileName: 'demo-register.csv', createdBy: null });
      await this.imports.appendChunk(tx, created.id, 0, file);
      await this.imports.update(tx, created.id, { byteSize: file.length });
      return created.id;
    });
    const status = await this.runner.run(importId, { finalAttempt: true });
    if (status !== 'done') {
      throw new Error(`The demo register import ended ${status}`);
    }
    return { outcome: 'imported', rows: await this.entries.countInMunicipality(municipalityId) };
  }
}
