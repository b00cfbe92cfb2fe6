import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MunicipalityEntity } from '@balss/domains/municipality';
import { EidProviderEntity } from './eid-provider.entity';

/**
 * One started e-ID sign-in, kept server-side between `start` and `callback`: the PKCE verifier and
 * the nonce never leave the server. The browser holds only a random binding value in a short-lived
 * httpOnly cookie, of which this row keeps the SHA-256, so a callback URL carried to another browser
 * (login CSRF) finds no attempt. `completed_at` makes the attempt single-use (a replayed callback is
 * refused); rows are deleted an hour after they expire.
 */
@Entity({ name: 'eid_login_attempt' })
@Unique('eid_login_attempt_state_key', ['state'])
export class EidLoginAttemptEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'eid_login_attempt_pkey' })
  id!: string;

  /** The OAuth `state` (256 random bits, base64url). */
  @Column({ type: 'varchar', length: 64 })
  state!: string;

  @ForeignKey(() => MunicipalityEntity, { name: 'eid_login_attempt_municipality_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @ForeignKey(() => EidProviderEntity, { name: 'eid_login_attempt_provider_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Column({ name: 'browser_binding_hash', type: 'bytea' })
  browserBindingHash!: Buffer;

  @Column({ name: 'code_verifier', type: 'varchar', length: 128 })
  codeVerifier!: string;

  @Column({ type: 'varchar', length: 64 })
  nonce!: string;

  /** A same-origin path of the web app, checked when the attempt is created. */
  @Column({ name: 'return_to', type: 'varchar', length: 512, default: '/' })
  returnTo!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Index('eid_login_attempt_expires_at_idx')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
