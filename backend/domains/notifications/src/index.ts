export * from './lib/mail/mail-errors';
export * from './lib/mail/mail-identity';
export * from './lib/mail/mail.producer';
export * from './lib/mail/mail.service';
export * from './lib/notifications.module';
