import type { MunicipalityDto, MunicipalitySummaryDto, NeighbourhoodDto } from '@balss/contracts';
import type { MunicipalityEntity } from './entities/municipality.entity';
import type { NeighbourhoodEntity } from './entities/neighbourhood.entity';

/**
 * Latvian alphabetical order (C < Č < D, K < Ķ), which byte order and the C collation of a default
 * PostgreSQL cluster get wrong. Sorting here rather than in SQL keeps it independent of whether the
 * server was built with ICU.
 */
const latvianOrder = new Intl.Collator('lv', { sensitivity: 'base' });

export function toMunicipalitySummaryDto(entity: MunicipalityEntity): MunicipalitySummaryDto {
  return { id: entity.id, slug: entity.slug, name: { lv: entity.nameLv, ru: entity.nameRu, en: entity.nameEn } };
}

export function toMunicipalityDto(entity: MunicipalityEntity): MunicipalityDto {
  const neighbourhoods = (entity.neighbourhoods ?? [])
    .map(toNeighbourhoodDto)
    .sort((a, b) => latvianOrder.compare(a.name.lv, b.name.lv));
  return { ...toMunicipalitySummaryDto(entity), neighbourhoods };
}

export function toNeighbourhoodDto(entity: NeighbourhoodEntity): NeighbourhoodDto {
  return {
    id: entity.id,
    slug: entity.slug,
    name: { lv: entity.nameLv, ru: entity.nameRu, en: entity.nameEn },
    bank: entity.bank,
    // The table's check guarantees lat and lng are null together.
    location: entity.lat === null || entity.lng === null ? null : { lat: entity.lat, lng: entity.lng },
    population: entity.population,
  };
}
