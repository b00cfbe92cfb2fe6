export * from './lib/tally';
