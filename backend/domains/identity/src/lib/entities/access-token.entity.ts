import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MunicipalityEntity } from '@balss/domains/municipality';
import { UserEntity } from './user.entity';

/**
 * A personal access token for API clients (`Authorization: Bearer balss_pat_…`). Stored as SHA-256
 * only — the secret is shown once, at creation. The token acts as its owner, in the municipality it
 * was created in, with the owner's roles at the time of each request; revoking deletes the row.
 */
@Entity({ name: 'access_token' })
@Unique('access_token_token_hash_key', ['tokenHash'])
export class AccessTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'access_token_pkey' })
  id!: string;

  @Index('access_token_user_id_idx')
  @ForeignKey(() => UserEntity, { name: 'access_token_user_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ForeignKey(() => MunicipalityEntity, { name: 'access_token_municipality_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  /** The first characters of the secret, to tell tokens apart in a list. */
  @Column({ type: 'varchar', length: 8 })
  hint!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
