import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { NeighbourhoodEntity } from './neighbourhood.entity';

/**
 * The tenant. Every domain row belongs to exactly one municipality; other domains reference this
 * table with a foreign key, which is why the entity is part of the lib's public API.
 * Constraint names are explicit so repositories can recognise them in PostgreSQL errors.
 */
@Entity({ name: 'municipality' })
@Unique('municipality_slug_key', ['slug'])
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'municipality_pkey' })
  id!: string;

  /** Stable, URL-safe key (`daugavpils`); the public API addresses tenants by it. */
  @Column({ type: 'varchar', length: 63 })
  slug!: string;

  @Column({ name: 'name_lv', type: 'text' })
  nameLv!: string;

  @Column({ name: 'name_ru', type: 'text' })
  nameRu!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @OneToMany(() => NeighbourhoodEntity, (neighbourhood) => neighbourhood.municipality)
  neighbourhoods?: Relation<NeighbourhoodEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
