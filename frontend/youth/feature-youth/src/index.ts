export * from './lib/youth.routes';
