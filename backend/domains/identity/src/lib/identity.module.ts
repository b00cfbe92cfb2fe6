import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalityModule } from '@balss/domains/municipality';
import { UserEntity } from './entities/user.entity';
import { UserRepository } from './user.repository';
import { UserService } from './user.service';

/** Accounts. No controller yet: sign-up and sign-in arrive with issue 3 together with access checks. */
@Module({
  exports: [UserService],
  imports: [MunicipalityModule, TypeOrmModule.forFeature([UserEntity])],
  providers: [UserRepository, UserService],
})
export class IdentityModule {}
