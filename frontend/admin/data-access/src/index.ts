export * from './lib/audit.store';
export * from './lib/code-batches.store';
export * from './lib/municipalities-admin.store';
export * from './lib/register-import.store';
export * from './lib/users.store';
