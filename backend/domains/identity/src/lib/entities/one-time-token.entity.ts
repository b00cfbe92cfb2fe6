import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * A single-use, expiring secret sent by e-mail (verify an address, reset a password; other domains
 * add purposes such as a responsible adult's confirmation). Stored as SHA-256 only. `used_at` is
 * set by the same UPDATE that checks it is still unused and unexpired, so two clicks cannot both
 * succeed.
 */
@Entity({ name: 'one_time_token' })
@Unique('one_time_token_token_hash_key', ['tokenHash'])
@Index('one_time_token_user_id_purpose_idx', ['userId', 'purpose'])
export class OneTimeTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'one_time_token_pkey' })
  id!: string;

  @ForeignKey(() => UserEntity, { name: 'one_time_token_user_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** Free text on purpose: a new purpose needs no migration. */
  @Column({ type: 'varchar', length: 40 })
  purpose!: string;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
