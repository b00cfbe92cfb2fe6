import { Injectable } from '@nestjs/common';
import type { CreateUserDto, UserDto } from '@balss/contracts';
import { MunicipalityService } from '@balss/domains/municipality';
import type { UserEntity } from './entities/user.entity';
import { UserRepository } from './user.repository';

/**
 * Accounts. Deliberately minimal until issue 3 (identity and access) adds credentials, verification
 * and roles — that issue also adds the access check each method must start with.
 */
@Injectable()
export class UserService {
  constructor(
    private readonly users: UserRepository,
    private readonly municipalities: MunicipalityService,
  ) {}

  async create(municipalitySlug: string, input: CreateUserDto): Promise<UserDto> {
    const municipalityId = await this.municipalities.requireIdBySlug(municipalitySlug);
    const user = await this.users.insert({
      municipalityId,
      email: normaliseEmail(input.email),
      displayName: input.displayName.trim(),
    });
    return toUserDto(user);
  }
}

/** Addresses are compared case-insensitively in practice, so one spelling is stored. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toUserDto(user: UserEntity): UserDto {
  return { id: user.id, email: user.email, displayName: user.displayName, createdAt: user.createdAt.toISOString() };
}
