import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { nullableNumericTransformer } from '@balss/platform/database';
import type { RiverBank } from '../municipality.types';
import { MunicipalityEntity } from './municipality.entity';

/**
 * A neighbourhood (apkaime in Daugavpils, a parish or planning unit elsewhere). Facts the sources do
 * not give — bank, point, population — are nullable and stay null rather than being guessed; the
 * checks keep a half-known point (lat without lng) or a negative population out of the table.
 */
@Entity({ name: 'neighbourhood' })
@Unique('neighbourhood_municipality_id_slug_key', ['municipalityId', 'slug'])
@Check('neighbourhood_bank_check', `"bank" IN ('left', 'right')`)
@Check(
  'neighbourhood_point_check',
  // Spelled out with IS NOT NULL: a CHECK passes when it evaluates to NULL, so "lat BETWEEN …" alone
  // would let a point with only one coordinate through.
  `("lat" IS NULL AND "lng" IS NULL) OR ("lat" IS NOT NULL AND "lng" IS NOT NULL ` +
    `AND "lat" BETWEEN -90 AND 90 AND "lng" BETWEEN -180 AND 180)`,
)
@Check('neighbourhood_population_check', `"population" >= 0`)
export class NeighbourhoodEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'neighbourhood_pkey' })
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => MunicipalityEntity, (municipality) => municipality.neighbourhoods, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'neighbourhood_municipality_id_fkey' })
  municipality?: Relation<MunicipalityEntity>;

  /** Unique within its municipality only: two cities may both have a "centrs". */
  @Column({ type: 'varchar', length: 63 })
  slug!: string;

  @Column({ name: 'name_lv', type: 'text' })
  nameLv!: string;

  @Column({ name: 'name_ru', type: 'text' })
  nameRu!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  /** Bank of the Daugava, where a source says so. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  bank!: RiverBank | null;

  /** WGS 84 point label (not a boundary centroid). Plain numerics: no PostGIS needed for a pin. */
  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: nullableNumericTransformer })
  lat!: number | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: nullableNumericTransformer })
  lng!: number | null;

  @Column({ type: 'integer', nullable: true })
  population!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
