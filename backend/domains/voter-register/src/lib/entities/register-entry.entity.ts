import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { MunicipalityEntity, NeighbourhoodEntity } from '@balss/domains/municipality';
import { RegisterImportEntity } from './register-import.entity';

/**
 * One person of a municipality's voter register, as the last completed import gave it. The
 * personas kods is stored only as its keyed hash (HMAC-SHA-256, see eid_identity); the birth date
 * is kept because the age rule needs it (from the file, or read off a legacy code before hashing).
 * Dates are calendar dates (Europe/Riga), `declared_to` is the inclusive last day.
 */
@Entity({ name: 'register_entry' })
@Check('register_entry_personal_code_hash_check', `octet_length("personal_code_hash") = 32`)
@Check('register_entry_declared_check', `"declared_to" IS NULL OR "declared_to" >= "declared_from"`)
export class RegisterEntryEntity {
  @ForeignKey(() => MunicipalityEntity, { name: 'register_entry_municipality_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid', primaryKeyConstraintName: 'register_entry_pkey' })
  municipalityId!: string;

  @PrimaryColumn({ name: 'personal_code_hash', type: 'bytea', primaryKeyConstraintName: 'register_entry_pkey' })
  personalCodeHash!: Buffer;

  /** `YYYY-MM-DD`; null for a current-format code with no birth date in the file. */
  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate!: string | null;

  @Index('register_entry_neighbourhood_id_idx')
  @ForeignKey(() => NeighbourhoodEntity, { name: 'register_entry_neighbourhood_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'neighbourhood_id', type: 'uuid' })
  neighbourhoodId!: string;

  @Column({ name: 'declared_from', type: 'date' })
  declaredFrom!: string;

  @Column({ name: 'declared_to', type: 'date', nullable: true })
  declaredTo!: string | null;

  @Index('register_entry_import_id_idx')
  @ForeignKey(() => RegisterImportEntity, { name: 'register_entry_import_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'import_id', type: 'uuid' })
  importId!: string;
}
