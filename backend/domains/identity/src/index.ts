export * from './lib/dto/create-user.request';
export * from './lib/entities/user.entity';
export * from './lib/identity.errors';
export * from './lib/identity.module';
export * from './lib/user.service';
