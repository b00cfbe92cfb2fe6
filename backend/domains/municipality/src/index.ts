export * from './lib/entities/municipality.entity';
export * from './lib/entities/neighbourhood.entity';
export * from './lib/municipality.errors';
export * from './lib/municipality.module';
export * from './lib/municipality.service';
export type * from './lib/municipality.types';
export * from './lib/seed/daugavpils.seed-data';
export * from './lib/seed/municipality-seed.service';
