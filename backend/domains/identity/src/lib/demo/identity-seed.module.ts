import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalityModule } from '@balss/domains/municipality';
import { PasswordHasher } from '../crypto/password-hasher';
import { UserRoleEntity } from '../entities/user-role.entity';
import { UserEntity } from '../entities/user.entity';
import { UserRoleRepository } from '../persistence/user-role.repository';
import { UserRepository } from '../persistence/user.repository';
import { Transactions } from '../persistence/transactions';
import { IdentityDemoSeedService } from './identity-demo-seed.service';

/** Just what the seed command needs: no queues (no Redis at seed time), no controllers. */
@Module({
  exports: [IdentityDemoSeedService],
  imports: [MunicipalityModule, TypeOrmModule.forFeature([UserEntity, UserRoleEntity])],
  providers: [IdentityDemoSeedService, PasswordHasher, Transactions, UserRepository, UserRoleRepository],
})
export class IdentitySeedModule {}
