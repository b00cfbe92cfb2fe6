export * from './lib/web-municipality-data-access/web-municipality-data-access';
