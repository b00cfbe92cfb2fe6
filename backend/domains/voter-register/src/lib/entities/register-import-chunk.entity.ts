import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { RegisterImportEntity } from './register-import.entity';

/**
 * The uploaded file, staged in PostgreSQL as it streams in: one row per ~1 MiB piece, in order.
 * The worker may run on another machine than the api, so the database — which both already share,
 * which is backed up and transactional — is the storage; no shared volume is needed. Deleted once
 * the import has finished (either way).
 */
@Entity({ name: 'register_import_chunk' })
export class RegisterImportChunkEntity {
  @ForeignKey(() => RegisterImportEntity, { name: 'register_import_chunk_import_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'import_id', type: 'uuid', primaryKeyConstraintName: 'register_import_chunk_pkey' })
  importId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'register_import_chunk_pkey' })
  seq!: number;

  @Column({ type: 'bytea' })
  data!: Buffer;
}
