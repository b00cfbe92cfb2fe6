export * from './lib/platform-queue.module';
