import { createTestDatabase, type TestDatabase } from '@balss/platform/database/testing';
import { MunicipalityEntity } from './entities/municipality.entity';
import { MunicipalitySlugTakenError } from './municipality.errors';
import { NeighbourhoodEntity } from './entities/neighbourhood.entity';
import { MunicipalityRepository } from './municipality.repository';
import { MunicipalityService } from './municipality.service';
import type { MunicipalitySeed } from './municipality.types';
import { DAUGAVPILS_SEED } from './seed/daugavpils.seed-data';

interface NeighbourhoodRow {
  slug: string;
  lat: string | null;
  lng: string | null;
  population: number | null;
  updated_at: Date;
}

describe('MunicipalityRepository (real PostgreSQL)', () => {
  let db: TestDatabase;
  let repository: MunicipalityRepository;

  const rows = () =>
    db.dataSource.query<NeighbourhoodRow[]>(
      'SELECT slug, lat, lng, population, updated_at FROM neighbourhood ORDER BY slug',
    );

  beforeAll(async () => {
    db = await createTestDatabase({ entities: [MunicipalityEntity, NeighbourhoodEntity] });
    repository = new MunicipalityRepository(db.dataSource.getRepository(MunicipalityEntity));
  });

  afterAll(async () => {
    await db?.drop();
  });

  describe('seeding Daugavpils', () => {
    it('creates the municipality and its 25 apkaimes on an empty database', async () => {
      const outcome = await repository.upsertSeed(DAUGAVPILS_SEED);
      expect(outcome).toEqual({ municipality: 'created', neighbourhoods: { created: 25, updated: 0, unchanged: 0 } });
    });

    it('changes nothing when run again — not even updated_at', async () => {
      const before = await rows();
      const outcome = await repository.upsertSeed(DAUGAVPILS_SEED);
      expect(outcome).toEqual({ municipality: 'unchanged', neighbourhoods: { created: 0, updated: 0, unchanged: 25 } });
      expect(await rows()).toEqual(before);
    });

    it('keeps unknown coordinates and populations as NULL', async () => {
      const byslug = new Map((await rows()).map((row) => [row.slug, row]));
      expect(byslug.get('centrs')).toMatchObject({ lat: null, lng: null, population: null });
      expect(byslug.get('jaunstropi')).toMatchObject({ lat: null, lng: null, population: 20992 });
      expect(byslug.get('kimija')).toMatchObject({ lat: '55.894759', lng: '26.547539', population: 11459 });
    });

    it('corrects only the rows whose data changed', async () => {
      const corrected: MunicipalitySeed = {
        ...DAUGAVPILS_SEED,
        neighbourhoods: DAUGAVPILS_SEED.neighbourhoods.map((n) =>
          n.slug === 'centrs' ? { ...n, lat: 55.875, lng: 26.53556 } : n,
        ),
      };
      const before = new Map((await rows()).map((row) => [row.slug, row.updated_at.getTime()]));
      const outcome = await repository.upsertSeed(corrected);
      expect(outcome.neighbourhoods).toEqual({ created: 0, updated: 1, unchanged: 24 });
      const after = await rows();
      const changed = after.filter((row) => row.updated_at.getTime() !== before.get(row.slug));
      expect(changed.map((row) => row.slug)).toEqual(['centrs']);
      // Put the reference data back for the tests below.
      await repository.upsertSeed(DAUGAVPILS_SEED);
    });
  });

  describe('reading', () => {
    it('finds a municipality with its neighbourhoods by slug, and nothing for an unknown slug', async () => {
      const found = await repository.findBySlugWithNeighbourhoods('daugavpils');
      expect(found?.nameRu).toBe('Даугавпилс');
      expect(found?.neighbourhoods).toHaveLength(25);
      expect(await repository.findBySlugWithNeighbourhoods('atlantis')).toBeNull();
    });

    it('serves the home page data in Latvian alphabetical order with nulls kept', async () => {
      const dto = await new MunicipalityService(repository).getBySlug('daugavpils');
      const names = dto.neighbourhoods.map((n) => n.name.lv);
      expect(names.slice(0, 3)).toEqual(['Centrs', 'Cietoksnis', 'Čerepova']);
      expect(names.indexOf('Ķīmija')).toBe(names.indexOf('Križi') + 1);
      expect(dto.neighbourhoods.find((n) => n.slug === 'esplanade')?.location).toEqual({ lat: 55.876515, lng: 26.511726 });
      // The source cites a point for 11 of the 25 apkaimes; the other 14 stay without one.
      expect(dto.neighbourhoods.filter((n) => n.location === null)).toHaveLength(14);
    });
  });

  describe('creating a tenant', () => {
    const name = { lv: 'Rēzekne', ru: 'Резекне', en: 'Rezekne' };
    const count = async (table: 'municipality' | 'neighbourhood') =>
      Number((await db.dataSource.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);
    const create = (slug: string, neighbourhoods: Array<{ slug: string; name: typeof name }>) =>
      db.dataSource.transaction((manager) => repository.insert(manager, { slug, name, neighbourhoods }));

    it('inserts the municipality with its neighbourhoods, whose other facts stay unknown', async () => {
      await create('rezekne', [{ slug: 'centrs', name: { lv: 'Centrs', ru: 'Центр', en: 'Centre' } }]);
      const found = await repository.findBySlugWithNeighbourhoods('rezekne');
      expect(found).toMatchObject({ nameLv: 'Rēzekne', nameRu: 'Резекне', nameEn: 'Rezekne' });
      expect(found?.neighbourhoods).toEqual([
        expect.objectContaining({ slug: 'centrs', nameRu: 'Центр', bank: null, lat: null, lng: null, population: null }),
      ]);
    });

    it('refuses a taken slug with MunicipalitySlugTakenError, and a bad neighbourhood list leaves nothing', async () => {
      const before = { municipalities: await count('municipality'), neighbourhoods: await count('neighbourhood') };
      await expect(create('rezekne', [])).rejects.toBeInstanceOf(MunicipalitySlugTakenError);
      const twice = { slug: 'centrs', name };
      await expect(create('ludza', [twice, twice])).rejects.toThrow(/neighbourhood_municipality_id_slug_key/);
      expect({ municipalities: await count('municipality'), neighbourhoods: await count('neighbourhood') }).toEqual(before);
    });
  });

  describe('constraints', () => {
    const insert = (values: string) =>
      db.dataSource.query(
        `INSERT INTO neighbourhood (municipality_id, slug, name_lv, name_ru, name_en, lat, lng, population, bank)
         SELECT id, ${values} FROM municipality WHERE slug = 'daugavpils'`,
      );

    it('refuses half a point, a negative population and an unknown bank', async () => {
      await expect(insert(`'x1', 'X', 'X', 'X', 55.9, NULL, NULL, NULL`)).rejects.toThrow(/neighbourhood_point_check/);
      await expect(insert(`'x2', 'X', 'X', 'X', NULL, NULL, -1, NULL`)).rejects.toThrow(/neighbourhood_population_check/);
      await expect(insert(`'x3', 'X', 'X', 'X', NULL, NULL, NULL, 'north'`)).rejects.toThrow(/neighbourhood_bank_check/);
    });

    it('refuses a second neighbourhood with the same slug in one municipality', async () => {
      await expect(insert(`'centrs', 'X', 'X', 'X', NULL, NULL, NULL, NULL`)).rejects.toThrow(
        /neighbourhood_municipality_id_slug_key/,
      );
    });
  });
});
