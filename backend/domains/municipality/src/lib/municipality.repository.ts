import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { LocalizedText } from '@balss/contracts';
import { isUniqueViolation } from '@balss/platform/database';
import { MunicipalityEntity } from './entities/municipality.entity';
import { NeighbourhoodEntity } from './entities/neighbourhood.entity';
import { MunicipalitySlugTakenError } from './municipality.errors';
import type { MunicipalitySeed, NewMunicipality, SeedOutcome, UpsertCounts } from './municipality.types';

interface UpsertedRow {
  id: string;
  created: boolean;
}

/** The only place that queries the municipality and neighbourhood tables. */
@Injectable()
export class MunicipalityRepository {
  constructor(@InjectRepository(MunicipalityEntity) private readonly municipalities: Repository<MunicipalityEntity>) {}

  findAll(): Promise<MunicipalityEntity[]> {
    return this.municipalities.find({ order: { slug: 'ASC' } });
  }

  findBySlug(slug: string): Promise<MunicipalityEntity | null> {
    return this.municipalities.findOne({ where: { slug } });
  }

  findById(id: string): Promise<MunicipalityEntity | null> {
    return this.municipalities.findOne({ where: { id } });
  }

  /**
   * The unique constraint decides a taken slug, so two simultaneous creations cannot both win. The
   * caller's transaction holds both inserts: a refused neighbourhood leaves no municipality behind.
   */
  async insert(manager: EntityManager, input: NewMunicipality): Promise<MunicipalityEntity> {
    const repository = manager.getRepository(MunicipalityEntity);
    let municipality: MunicipalityEntity;
    try {
      municipality = await repository.save(repository.create({ slug: input.slug, ...columnsOf(input.name) }));
    } catch (error) {
      if (isUniqueViolation(error, 'municipality_slug_key')) {
        throw new MunicipalitySlugTakenError(input.slug, { cause: error });
      }
      throw error;
    }
    if (input.neighbourhoods.length > 0) {
      const neighbourhoods = manager.getRepository(NeighbourhoodEntity);
      await neighbourhoods.insert(
        input.neighbourhoods.map((n) =>
          neighbourhoods.create({ municipalityId: municipality.id, slug: n.slug, ...columnsOf(n.name), bank: null, lat: null, lng: null, population: null }),
        ),
      );
    }
    return municipality;
  }

  findBySlugWithNeighbourhoods(slug: string): Promise<MunicipalityEntity | null> {
    return this.municipalities.findOne({ where: { slug }, relations: { neighbourhoods: true } });
  }

  /**
   * Inserts or corrects a municipality and its neighbourhoods by slug, in one transaction. Rows whose
   * values already match are not touched (`IS DISTINCT FROM`), so `updated_at` only moves when data
   * really changed and a second run reports everything unchanged. Neighbourhoods missing from the
   * seed are left alone: other rows may already reference them.
   */
  upsertSeed(seed: MunicipalitySeed): Promise<SeedOutcome> {
    return this.municipalities.manager.transaction(async (manager) => {
      const municipality = await this.upsertMunicipality(manager, seed);
      const neighbourhoods = await this.upsertNeighbourhoods(manager, municipality.id, seed);
      return { municipality: municipality.outcome, neighbourhoods };
    });
  }

  private async upsertMunicipality(
    manager: EntityManager,
    seed: MunicipalitySeed,
  ): Promise<{ id: string; outcome: SeedOutcome['municipality'] }> {
    const rows: UpsertedRow[] = await manager.query(
      `INSERT INTO municipality (slug, name_lv, name_ru, name_en)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT municipality_slug_key DO UPDATE
         SET name_lv = EXCLUDED.name_lv, name_ru = EXCLUDED.name_ru, name_en = EXCLUDED.name_en, updated_at = now()
         WHERE (municipality.name_lv, municipality.name_ru, municipality.name_en)
               IS DISTINCT FROM (EXCLUDED.name_lv, EXCLUDED.name_ru, EXCLUDED.name_en)
       RETURNING id, (xmax = 0) AS created`,
      [seed.slug, seed.name.lv, seed.name.ru, seed.name.en],
    );
    const [row] = rows;
    if (row) {
      return { id: row.id, outcome: row.created ? 'created' : 'updated' };
    }
    // An unchanged row is not returned by RETURNING; it exists, so read its id.
    const [existing]: Array<{ id: string }> = await manager.query('SELECT id FROM municipality WHERE slug = $1', [
      seed.slug,
    ]);
    if (!existing) {
      throw new Error(`Municipality "${seed.slug}" vanished during its own upsert`);
    }
    return { id: existing.id, outcome: 'unchanged' };
  }

  private async upsertNeighbourhoods(
    manager: EntityManager,
    municipalityId: string,
    seed: MunicipalitySeed,
  ): Promise<UpsertCounts> {
    const list = seed.neighbourhoods;
    if (list.length === 0) {
      return { created: 0, updated: 0, unchanged: 0 };
    }
    // One statement for all rows: unnest() turns parallel arrays into rows, keeping it to 9 parameters.
    const rows: UpsertedRow[] = await manager.query(
      `INSERT INTO neighbourhood (municipality_id, slug, name_lv, name_ru, name_en, bank, lat, lng, population)
       SELECT $1, * FROM unnest($2::varchar[], $3::text[], $4::text[], $5::text[], $6::varchar[],
                                $7::numeric[], $8::numeric[], $9::integer[])
       ON CONFLICT ON CONSTRAINT neighbourhood_municipality_id_slug_key DO UPDATE
         SET name_lv = EXCLUDED.name_lv, name_ru = EXCLUDED.name_ru, name_en = EXCLUDED.name_en,
             bank = EXCLUDED.bank, lat = EXCLUDED.lat, lng = EXCLUDED.lng,
             population = EXCLUDED.population, updated_at = now()
         WHERE (neighbourhood.name_lv, neighbourhood.name_ru, neighbourhood.name_en, neighbourhood.bank,
                neighbourhood.lat, neighbourhood.lng, neighbourhood.population)
               IS DISTINCT FROM (EXCLUDED.name_lv, EXCLUDED.name_ru, EXCLUDED.name_en, EXCLUDED.bank,
                                 EXCLUDED.lat, EXCLUDED.lng, EXCLUDED.population)
       RETURNING id, (xmax = 0) AS created`,
      [
        municipalityId,
        list.map((n) => n.slug),
        list.map((n) => n.name.lv),
        list.map((n) => n.name.ru),
        list.map((n) => n.name.en),
        list.map((n) => n.bank),
        list.map((n) => n.lat),
        list.map((n) => n.lng),
        list.map((n) => n.population),
      ],
    );
    const created = rows.filter((row) => row.created).length;
    const updated = rows.length - created;
    return { created, updated, unchanged: list.length - rows.length };
  }
}

function columnsOf(name: LocalizedText): { nameLv: string; nameRu: string; nameEn: string } {
  return { nameLv: name.lv, nameRu: name.ru, nameEn: name.en };
}
