import type { LocalizedText } from '@balss/contracts';

export type RiverBank = 'left' | 'right';

/** One neighbourhood as reference data describes it; unknown facts are null, never guessed. */
export interface NeighbourhoodSeed {
  slug: string;
  name: LocalizedText;
  bank: RiverBank | null;
  lat: number | null;
  lng: number | null;
  population: number | null;
}

/** A municipality with its neighbourhoods, ready to be upserted by slug. */
export interface MunicipalitySeed {
  slug: string;
  name: LocalizedText;
  neighbourhoods: NeighbourhoodSeed[];
}

/** What one upsert did, so a seed run can say "nothing changed" and mean it. */
export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface SeedOutcome {
  municipality: 'created' | 'updated' | 'unchanged';
  neighbourhoods: UpsertCounts;
}

/** A new tenant as a platform administrator describes it: names, and only the neighbourhoods' names. */
export interface NewMunicipality {
  slug: string;
  name: LocalizedText;
  neighbourhoods: Array<{ slug: string; name: LocalizedText }>;
}
