import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Locale } from '@balss/contracts';
import { MunicipalityEntity } from '@balss/domains/municipality';

/**
 * A person's account. The table is `app_user` because `user` is reserved in SQL. E-mail is unique
 * across municipalities — one person, one login — and stored lower-cased (the check enforces it) so
 * uniqueness ignores case. It is nullable: e-ID and youth-code accounts may have none.
 *
 * Erasure keeps the row as an anonymous tombstone (`erased_at` set, every identifying column null,
 * enforced by `app_user_erased_check`): ballots, awards and audit events that reference the id stay
 * countable and consistent, while nothing left identifies the person.
 */
@Entity({ name: 'app_user' })
@Unique('app_user_email_key', ['email'])
@Check('app_user_email_lower_check', `"email" = lower("email")`)
@Check('app_user_locale_check', `"locale" IN ('lv', 'ru', 'en')`)
@Check(
  'app_user_erased_check',
  `("erased_at" IS NULL AND "display_name" IS NOT NULL) OR ("erased_at" IS NOT NULL AND "email" IS NULL AND "display_name" IS NULL AND "password_hash" IS NULL)`,
)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'app_user_pkey' })
  id!: string;

  /** The home municipality (tenant); sessions act in it. */
  @Index('app_user_municipality_id_idx')
  @ForeignKey(() => MunicipalityEntity, { name: 'app_user_municipality_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  /** RFC 5321 caps an address at 254 characters in practice; 320 is the theoretical maximum. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName!: string | null;

  /** argon2id PHC string (parameters inside it, so they can be raised later); null = no password sign-in. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  /** Language of the e-mails the account receives. */
  @Column({ type: 'varchar', length: 2, default: 'lv' })
  locale!: Locale;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
