import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { UserRoleEntity } from '../entities/user-role.entity';
import { UserEntity } from '../entities/user.entity';
import { UserRoleRepository } from '../persistence/user-role.repository';
import { UserRepository } from '../persistence/user.repository';
import { Transactions } from '../persistence/transactions';
import { PlatformAdminBootstrapService } from './platform-admin-bootstrap.service';

/** Just what `cli.js create-platform-admin` needs: no queues (no Redis), no controllers. */
@Module({
  exports: [PlatformAdminBootstrapService],
  imports: [AuditModule, TypeOrmModule.forFeature([UserEntity, UserRoleEntity])],
  providers: [PlatformAdminBootstrapService, Transactions, UserRepository, UserRoleRepository],
})
export class PlatformAdminModule {}
