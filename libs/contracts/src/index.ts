export * from './lib/access';
export * from './lib/api-error';
export * from './lib/health';
export * from './lib/jobs';
export * from './lib/locale';
export * from './lib/municipality';
export * from './lib/routes';
export * from './lib/user';
