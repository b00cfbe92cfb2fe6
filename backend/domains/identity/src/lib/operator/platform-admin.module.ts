import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditService } from '../audit/audit.service';
import { AuditEventEntity } from '../entities/audit-event.entity';
import { UserRoleEntity } from '../entities/user-role.entity';
import { UserEntity } from '../entities/user.entity';
import { AuditEventRepository } from '../persistence/audit-event.repository';
import { UserRoleRepository } from '../persistence/user-role.repository';
import { UserRepository } from '../persistence/user.repository';
import { Transactions } from '../persistence/transactions';
import { PlatformAdminBootstrapService } from './platform-admin-bootstrap.service';

/** Just what `cli.js create-platform-admin` needs: no queues (no Redis), no controllers. */
@Module({
  exports: [PlatformAdminBootstrapService],
  imports: [TypeOrmModule.forFeature([AuditEventEntity, UserEntity, UserRoleEntity])],
  providers: [AuditEventRepository, AuditService, PlatformAdminBootstrapService, Transactions, UserRepository, UserRoleRepository],
})
export class PlatformAdminModule {}
