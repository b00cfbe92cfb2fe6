import { Check, Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { MunicipalityEntity } from '@balss/domains/municipality';

/**
 * A municipality's youth age bounds (Youth Law Art. 1: 13–25; the 2026 amendment: 13–30). No row
 * means the Youth Law bounds (YOUTH_LAW_BOUNDS).
 */
@Entity({ name: 'youth_settings' })
@Check('youth_settings_bounds_check', `"min_age" >= 0 AND "min_age" <= "max_age"`)
export class YouthSettingsEntity {
  @ForeignKey(() => MunicipalityEntity, { name: 'youth_settings_municipality_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid', primaryKeyConstraintName: 'youth_settings_pkey' })
  municipalityId!: string;

  @Column({ name: 'min_age', type: 'smallint' })
  minAge!: number;

  @Column({ name: 'max_age', type: 'smallint' })
  maxAge!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
