import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Locale } from '@balss/contracts';
import { UserEntity } from '@balss/domains/identity';
import { MunicipalityEntity } from '@balss/domains/municipality';

export type AdultInvitationState = 'pending' | 'confirmed' | 'declined' | 'superseded' | 'withdrawn';

/**
 * A youth's request that an adult vouch for them, and — once confirmed — the link between the two.
 * The adult's name and address exist only to deliver and word the invitation: they are erased when
 * the invitation is answered, replaced or found lapsed (`adult_invitation_contact_check`), after which
 * the adult is known only as the account that confirmed (`mentor_user_id`). The adult's birth date is
 * checked at confirmation and not stored: `adult_age_declared_at` records that they declared 18+.
 * The token is stored as SHA-256 and kept after use, so a second use is told apart from a bad link.
 */
@Entity({ name: 'adult_invitation' })
@Unique('adult_invitation_token_hash_key', ['tokenHash'])
@Index('adult_invitation_youth_user_id_idx', ['youthUserId'])
@Index('adult_invitation_mentor_user_id_idx', ['mentorUserId'])
@Index('adult_invitation_one_pending_key', ['youthUserId'], { unique: true, where: `"state" = 'pending'` })
@Index('adult_invitation_one_confirmed_key', ['youthUserId'], { unique: true, where: `"state" = 'confirmed'` })
@Check('adult_invitation_state_check', `"state" IN ('pending', 'confirmed', 'declined', 'superseded', 'withdrawn')`)
@Check('adult_invitation_contact_check', `"state" = 'pending' OR ("adult_name" IS NULL AND "adult_email" IS NULL)`)
@Check('adult_invitation_mentor_check', `"state" <> 'confirmed' OR "mentor_user_id" IS NOT NULL`)
export class AdultInvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'adult_invitation_pkey' })
  id!: string;

  @ForeignKey(() => UserEntity, { name: 'adult_invitation_youth_user_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'youth_user_id', type: 'uuid' })
  youthUserId!: string;

  @ForeignKey(() => MunicipalityEntity, { name: 'adult_invitation_municipality_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'adult_name', type: 'text', nullable: true })
  adultName!: string | null;

  @Column({ name: 'adult_email', type: 'varchar', length: 320, nullable: true })
  adultEmail!: string | null;

  /** Language of the invitation e-mail: the youth's choice. */
  @Column({ type: 'varchar', length: 2 })
  locale!: Locale;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  state!: AdultInvitationState;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @ForeignKey(() => UserEntity, { name: 'adult_invitation_mentor_user_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'mentor_user_id', type: 'uuid', nullable: true })
  mentorUserId!: string | null;

  @Column({ name: 'adult_age_declared_at', type: 'timestamptz', nullable: true })
  adultAgeDeclaredAt!: Date | null;
}
