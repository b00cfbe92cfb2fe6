import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { isUniqueViolation } from '@balss/platform/database';
import { UserEntity } from './entities/user.entity';
import { EmailTakenError } from './identity.errors';

export interface NewUser {
  municipalityId: string;
  email: string;
  displayName: string;
}

/** The only place that queries `app_user`. */
@Injectable()
export class UserRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /**
   * Inserts a user; a duplicate e-mail becomes EmailTakenError. The unique constraint decides, not a
   * prior lookup, so two simultaneous sign-ups with one address cannot both succeed.
   */
  async insert(user: NewUser): Promise<UserEntity> {
    try {
      return await this.users.save(this.users.create(user));
    } catch (error) {
      if (isUniqueViolation(error, 'app_user_email_key')) {
        throw new EmailTakenError({ cause: error });
      }
      throw error;
    }
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { email } });
  }

  countInMunicipality(municipalityId: string): Promise<number> {
    return this.users.count({ where: { municipalityId } });
  }
}
