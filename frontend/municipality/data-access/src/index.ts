export * from './lib/load-error';
export * from './lib/municipality.store';
