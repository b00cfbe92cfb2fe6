export * from './lib/domain-municipality.module';
