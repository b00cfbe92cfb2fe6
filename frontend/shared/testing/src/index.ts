export * from './lib/page-harness';
