import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { AuthMethod } from '@balss/contracts';
import { MunicipalityEntity } from '@balss/domains/municipality';
import { UserEntity } from './user.entity';

/**
 * A signed-in browser. The cookie holds a random 256-bit token; only its SHA-256 is stored, so a
 * leaked database (or backup) holds no usable session. The public `id` names a session in lists
 * ("sign out that device") without revealing anything. Expiry is both sliding (`last_seen_at` +
 * idle timeout) and absolute (`expires_at`); a revoked session is deleted.
 */
@Entity({ name: 'session' })
@Unique('session_token_hash_key', ['tokenHash'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'session_pkey' })
  id!: string;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Index('session_user_id_idx')
  @ForeignKey(() => UserEntity, { name: 'session_user_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ForeignKey(() => MunicipalityEntity, { name: 'session_municipality_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'auth_method', type: 'varchar', length: 20 })
  authMethod!: AuthMethod;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  /** The absolute end, whatever the activity. */
  @Index('session_expires_at_idx')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** IPv4 /24 or IPv6 /48 — shown to the owner to recognise a device, never the full address. */
  @Column({ name: 'ip_prefix', type: 'varchar', length: 64, nullable: true })
  ipPrefix!: string | null;

  /** "Firefox on Linux"-style summary, at most 120 characters. */
  @Column({ name: 'user_agent', type: 'varchar', length: 120, nullable: true })
  userAgent!: string | null;
}
