export * from './lib/column-transformers';
export * from './lib/data-source-options';
export * from './lib/database.module';
export * from './lib/postgres-errors';
export * from './lib/run-migrations';
export { MIGRATIONS } from './migrations';
