import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@balss/domains/identity';
import { MunicipalityEntity } from '@balss/domains/municipality';

/**
 * A batch of one-time codes an administrator printed for a school or youth centre. The codes
 * themselves are rows of `youth_code` (hashes only). `sheet_sealed` is the printable sheet's
 * encrypted copy of the plain codes, kept for YOUTH_CODE_SHEET_HOURS and then erased; its key was
 * given to the administrator and is not stored (see sheet-crypto.ts).
 */
@Entity({ name: 'youth_code_batch' })
@Index('youth_code_batch_municipality_id_created_at_idx', ['municipalityId', 'createdAt'])
@Check('youth_code_batch_size_check', `"size" BETWEEN 1 AND 300`)
@Check('youth_code_batch_sheet_check', `("sheet_sealed" IS NULL) = ("sheet_expires_at" IS NULL)`)
export class YouthCodeBatchEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'youth_code_batch_pkey' })
  id!: string;

  @ForeignKey(() => MunicipalityEntity, { name: 'youth_code_batch_municipality_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  /** The school or youth centre that hands the codes out; an organisation, not a person. */
  @Column({ name: 'issuer_name', type: 'text' })
  issuerName!: string;

  @Column({ type: 'integer' })
  size!: number;

  /** Last day (Europe/Riga) on which the codes work, inclusive. A calendar date, not an instant. */
  @Column({ name: 'expires_on', type: 'date' })
  expiresOn!: string;

  @ForeignKey(() => UserEntity, { name: 'youth_code_batch_created_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @ForeignKey(() => UserEntity, { name: 'youth_code_batch_revoked_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy!: string | null;

  @Column({ name: 'sheet_sealed', type: 'bytea', nullable: true })
  sheetSealed!: Buffer | null;

  @Column({ name: 'sheet_expires_at', type: 'timestamptz', nullable: true })
  sheetExpiresAt!: Date | null;
}
