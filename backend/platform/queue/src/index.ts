export * from './lib/connection-errors';
export * from './lib/dashboard/queue-dashboard.module';
export * from './lib/idempotency-store';
export * from './lib/job-processor';
export * from './lib/job-producer';
export * from './lib/queue-options';
export * from './lib/queue.module';
