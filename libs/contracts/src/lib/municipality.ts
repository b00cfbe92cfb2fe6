import type { LocalizedText } from './locale';

/** A point in WGS 84. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

/** One neighbourhood (apkaime). Unknown facts stay null: the seed data never invents them. */
export interface NeighbourhoodDto {
  id: string;
  slug: string;
  name: LocalizedText;
  /** Left or right bank of the Daugava where the source says so. */
  bank: 'left' | 'right' | null;
  location: GeoPoint | null;
  population: number | null;
}

/** The tenant: every domain row belongs to exactly one municipality. */
export interface MunicipalityDto {
  id: string;
  slug: string;
  name: LocalizedText;
  neighbourhoods: NeighbourhoodDto[];
}

/** One row of GET /api/municipalities: enough to pick a tenant, without its neighbourhoods. */
export interface MunicipalitySummaryDto {
  id: string;
  slug: string;
  name: LocalizedText;
}
