import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { MunicipalityEntity } from '@balss/domains/municipality';

/**
 * A person's account (minimal: issue 3 adds credentials, e-ID links and roles). The table is
 * `app_user` because `user` is reserved in SQL. E-mail is unique across municipalities — one person,
 * one login — and stored lower-cased (the check enforces it) so uniqueness ignores case.
 */
@Entity({ name: 'app_user' })
@Unique('app_user_email_key', ['email'])
@Check('app_user_email_lower_check', `"email" = lower("email")`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'app_user_pkey' })
  id!: string;

  /** The home municipality (tenant). A plain foreign key: identity reads no municipality rows. */
  @Index('app_user_municipality_id_idx')
  @ForeignKey(() => MunicipalityEntity, { name: 'app_user_municipality_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  /** RFC 5321 caps an address at 254 characters in practice; 320 is the theoretical maximum. */
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
