import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@balss/contracts';
import { MunicipalityEntity } from '@balss/domains/municipality';
import { UserEntity } from './user.entity';

/**
 * A role held by a person in a municipality. `platform_admin` is the one global role: its row has no
 * municipality, every other role's row has one (`user_role_scope_check`). Two partial unique indexes
 * stop duplicates in both cases (a plain unique would let NULL municipalities repeat).
 */
@Entity({ name: 'user_role' })
@Check('user_role_scope_check', `("role" = 'platform_admin') = ("municipality_id" IS NULL)`)
@Check(
  'user_role_role_check',
  `"role" IN ('resident', 'youth', 'mentor', 'reviewer', 'poll_officer', 'admin', 'auditor', 'platform_admin')`,
)
@Index('user_role_local_key', ['userId', 'municipalityId', 'role'], { unique: true, where: `"municipality_id" IS NOT NULL` })
@Index('user_role_global_key', ['userId', 'role'], { unique: true, where: `"municipality_id" IS NULL` })
@Index('user_role_municipality_id_role_idx', ['municipalityId', 'role'])
export class UserRoleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'user_role_pkey' })
  id!: string;

  @ForeignKey(() => UserEntity, { name: 'user_role_user_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ForeignKey(() => MunicipalityEntity, { name: 'user_role_municipality_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  /** Who granted it; null for the seed, self-registration and the platform bootstrap. */
  @ForeignKey(() => UserEntity, { name: 'user_role_granted_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;
}
