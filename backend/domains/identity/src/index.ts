export * from './lib/domain-identity.module';
