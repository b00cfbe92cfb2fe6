export * from './lib/access';
export * from './lib/actor';
export * from './lib/decorators';
