import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '@balss/domains/identity';
import { YouthCodeBatchEntity } from './youth-code-batch.entity';

/**
 * One code of a batch, stored only as its scrypt hash (youth-code.ts). `redeemed_at` is set in the
 * transaction that creates the account, while the row is locked (SELECT … FOR UPDATE), so two
 * simultaneous redemptions of one code cannot both succeed. Re-issuing replaces the hash of every
 * unused code, so the old printed slips stop working.
 */
@Entity({ name: 'youth_code' })
@Unique('youth_code_code_hash_key', ['codeHash'])
@Index('youth_code_batch_id_idx', ['batchId'])
export class YouthCodeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'youth_code_pkey' })
  id!: string;

  @ForeignKey(() => YouthCodeBatchEntity, { name: 'youth_code_batch_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  @Column({ name: 'code_hash', type: 'bytea' })
  codeHash!: Buffer;

  @Column({ name: 'redeemed_at', type: 'timestamptz', nullable: true })
  redeemedAt!: Date | null;

  @ForeignKey(() => UserEntity, { name: 'youth_code_redeemed_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'redeemed_by', type: 'uuid', nullable: true })
  redeemedBy!: string | null;
}
