export * from './lib/budget';
