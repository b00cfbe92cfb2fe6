import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';
import { UserEntity } from '@balss/domains/identity';

/**
 * The link between an account and the person e-ID proved it to be. The personas kods is never
 * stored: only HMAC-SHA-256(PERSONAL_CODE_HMAC_SECRET, normalised code), the same keyed hash the
 * voter register stores, so the two can be joined without either holding the code. Without the
 * secret the hash cannot be reversed by trying all ~10^11 codes. One person, one account: the hash
 * is unique. Erasing the account deletes this row (the personal-data registry).
 */
@Entity({ name: 'eid_identity' })
@Unique('eid_identity_personal_code_hash_key', ['personalCodeHash'])
@Check('eid_identity_personal_code_hash_check', `octet_length("personal_code_hash") = 32`)
export class EidIdentityEntity {
  @ForeignKey(() => UserEntity, { name: 'eid_identity_user_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'eid_identity_pkey' })
  userId!: string;

  @Column({ name: 'personal_code_hash', type: 'bytea' })
  personalCodeHash!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz' })
  lastSignInAt!: Date;
}
