import { NotFoundError } from '@balss/util-errors';
import type { MunicipalityEntity } from './entities/municipality.entity';
import type { NeighbourhoodEntity } from './entities/neighbourhood.entity';
import { MunicipalityNotFoundError } from './municipality.errors';
import type { MunicipalityRepository } from './municipality.repository';
import { MunicipalityService } from './municipality.service';

const neighbourhood = (slug: string, nameLv: string, point: [number, number] | null = null): NeighbourhoodEntity =>
  ({
    id: `id-${slug}`,
    slug,
    nameLv,
    nameRu: `ru ${nameLv}`,
    nameEn: nameLv,
    bank: null,
    lat: point?.[0] ?? null,
    lng: point?.[1] ?? null,
    population: null,
  }) as NeighbourhoodEntity;

const daugavpils = {
  id: 'm1',
  slug: 'daugavpils',
  nameLv: 'Daugavpils',
  nameRu: 'Даугавпилс',
  nameEn: 'Daugavpils',
  neighbourhoods: [
    neighbourhood('kimija', 'Ķīmija', [55.894759, 26.547539]),
    neighbourhood('cerepova', 'Čerepova'),
    neighbourhood('krizi', 'Križi'),
    neighbourhood('centrs', 'Centrs'),
  ],
} as MunicipalityEntity;

describe('MunicipalityService', () => {
  let repository: jest.Mocked<Pick<MunicipalityRepository, 'findAll' | 'findBySlug' | 'findBySlugWithNeighbourhoods'>>;
  let sut: MunicipalityService;

  beforeEach(() => {
    repository = { findAll: jest.fn(), findBySlug: jest.fn(), findBySlugWithNeighbourhoods: jest.fn() };
    sut = new MunicipalityService(repository as unknown as MunicipalityRepository);
  });

  describe('getBySlug', () => {
    it('orders neighbourhoods by their Latvian name (C, Č, …, K, Ķ), not by byte order', async () => {
      repository.findBySlugWithNeighbourhoods.mockResolvedValue(daugavpils);
      const dto = await sut.getBySlug('daugavpils');
      expect(dto.neighbourhoods.map((n) => n.name.lv)).toEqual(['Centrs', 'Čerepova', 'Križi', 'Ķīmija']);
      expect(repository.findBySlugWithNeighbourhoods).toHaveBeenCalledWith('daugavpils');
    });

    it('gives names in all three languages and keeps an unknown point null', async () => {
      repository.findBySlugWithNeighbourhoods.mockResolvedValue(daugavpils);
      const dto = await sut.getBySlug('daugavpils');
      expect(dto.name).toEqual({ lv: 'Daugavpils', ru: 'Даугавпилс', en: 'Daugavpils' });
      expect(dto.neighbourhoods.find((n) => n.slug === 'kimija')?.location).toEqual({ lat: 55.894759, lng: 26.547539 });
      expect(dto.neighbourhoods.find((n) => n.slug === 'centrs')).toMatchObject({ location: null, population: null });
    });

    it('throws a not-found domain error naming the slug', async () => {
      repository.findBySlugWithNeighbourhoods.mockResolvedValue(null);
      const attempt = sut.getBySlug('atlantis');
      await expect(attempt).rejects.toBeInstanceOf(MunicipalityNotFoundError);
      await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
      await expect(attempt).rejects.toMatchObject({ details: { slug: 'atlantis' } });
    });
  });

  it('lists municipalities without their neighbourhoods', async () => {
    repository.findAll.mockResolvedValue([daugavpils]);
    expect(await sut.list()).toEqual([
      { id: 'm1', slug: 'daugavpils', name: { lv: 'Daugavpils', ru: 'Даугавпилс', en: 'Daugavpils' } },
    ]);
  });

  it('resolves a slug to the tenant id, or fails with not-found', async () => {
    repository.findBySlug.mockResolvedValueOnce(daugavpils).mockResolvedValueOnce(null);
    expect(await sut.requireIdBySlug('daugavpils')).toBe('m1');
    await expect(sut.requireIdBySlug('atlantis')).rejects.toBeInstanceOf(MunicipalityNotFoundError);
  });
});
