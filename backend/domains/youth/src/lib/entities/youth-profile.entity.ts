import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';
import { UserEntity } from '@balss/domains/identity';
import { MunicipalityEntity } from '@balss/domains/municipality';
import { YouthCodeEntity } from './youth-code.entity';

/**
 * What the youth path adds to an account: the birth date (the age rules need it; it is never shown to
 * anyone but its owner, and only as an age) and the code it was created with. One account per code
 * (`youth_profile_code_id_key`) backs up the row lock in the database itself.
 */
@Entity({ name: 'youth_profile' })
@Unique('youth_profile_code_id_key', ['codeId'])
export class YouthProfileEntity {
  @ForeignKey(() => UserEntity, { name: 'youth_profile_user_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'youth_profile_pkey' })
  userId!: string;

  @ForeignKey(() => MunicipalityEntity, { name: 'youth_profile_municipality_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  /** `YYYY-MM-DD`: a calendar date (read as a string so no time zone can move it). */
  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @ForeignKey(() => YouthCodeEntity, { name: 'youth_profile_code_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'code_id', type: 'uuid', nullable: true })
  codeId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
