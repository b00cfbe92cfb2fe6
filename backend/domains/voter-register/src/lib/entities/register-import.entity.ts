import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { RegisterImportErrorDto, RegisterImportStatus } from '@balss/contracts';
import { UserEntity } from '@balss/domains/identity';
import { MunicipalityEntity } from '@balss/domains/municipality';

/**
 * One upload of the voter register. A refused file is kept as a `failed` import with its first
 * errors (for the administrator and the audit trail) but its content is deleted; a valid one is
 * `queued` until the worker replaces the municipality's register with it in one transaction.
 */
@Entity({ name: 'register_import' })
@Index('register_import_municipality_id_created_at_idx', ['municipalityId', 'createdAt'])
@Check('register_import_status_check', `"status" IN ('queued', 'importing', 'completed', 'failed')`)
@Check(
  'register_import_counts_check',
  `"byte_size" >= 0 AND "error_count" >= 0 AND ("row_count" IS NULL OR "row_count" >= 0)`,
)
export class RegisterImportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'register_import_pkey' })
  id!: string;

  @ForeignKey(() => MunicipalityEntity, { name: 'register_import_municipality_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: RegisterImportStatus;

  @Column({ name: 'file_name', type: 'varchar', length: 255, nullable: true })
  fileName!: string | null;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize!: number;

  @Column({ name: 'row_count', type: 'integer', nullable: true })
  rowCount!: number | null;

  @Column({ name: 'replaced_rows', type: 'integer', nullable: true })
  replacedRows!: number | null;

  @Column({ name: 'error_count', type: 'integer', default: 0 })
  errorCount!: number;

  /** The first refused lines (capped), as the API shows them. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  errors!: RegisterImportErrorDto[];

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason!: string | null;

  /** The administrator who uploaded it; kept anonymous (null) if that account is erased. */
  @ForeignKey(() => UserEntity, { name: 'register_import_created_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
