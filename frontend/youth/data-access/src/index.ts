export * from './lib/age';
export * from './lib/youth-status.store';
export * from './lib/youth.api';
