export * from './lib/domain-notifications.module';
