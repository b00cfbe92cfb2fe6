import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import type { Locale, Role } from '@balss/contracts';
import { isUniqueViolation } from '@balss/platform/database';
import { UserEntity } from '../entities/user.entity';
import { EmailTakenError } from '../identity.errors';
import type { Tx } from './transactions';

export interface NewUser {
  municipalityId: string;
  email: string | null;
  displayName: string;
  locale: Locale;
  passwordHash?: string | null;
  emailVerifiedAt?: Date | null;
}

export interface UserListFilter {
  municipalityId: string;
  role?: Role;
  offset: number;
  limit: number;
}

/** The only place that queries `app_user`. */
@Injectable()
export class UserRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts a user; a duplicate e-mail becomes EmailTakenError. The unique constraint decides, not a
   * prior lookup, so two simultaneous sign-ups with one address cannot both succeed.
   */
  async insert(tx: Tx, user: NewUser): Promise<UserEntity> {
    const users = tx.getRepository(UserEntity);
    try {
      return await users.save(users.create({ passwordHash: null, emailVerifiedAt: null, erasedAt: null, ...user }));
    } catch (error) {
      if (isUniqueViolation(error, 'app_user_email_key')) {
        throw new EmailTakenError({ cause: error });
      }
      throw error;
    }
  }

  findById(id: string, tx: Tx = this.dataSource.manager): Promise<UserEntity | null> {
    return tx.getRepository(UserEntity).findOne({ where: { id } });
  }

  /** Locks the row for the rest of the transaction (password changes, erasure, role changes). */
  findByIdForUpdate(tx: Tx, id: string): Promise<UserEntity | null> {
    return tx.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByEmail(email: string, tx: Tx = this.dataSource.manager): Promise<UserEntity | null> {
    return tx.getRepository(UserEntity).findOne({ where: { email, erasedAt: IsNull() } });
  }

  async markEmailVerified(tx: Tx, id: string, at: Date): Promise<void> {
    await tx.getRepository(UserEntity).update({ id, emailVerifiedAt: IsNull() }, { emailVerifiedAt: at });
  }

  async setPasswordHash(tx: Tx, id: string, passwordHash: string): Promise<void> {
    await tx.getRepository(UserEntity).update({ id }, { passwordHash });
  }

  /** Turns the row into an anonymous tombstone (see UserEntity). */
  async erase(tx: Tx, id: string, at: Date): Promise<void> {
    await tx
      .getRepository(UserEntity)
      .update({ id }, { email: null, displayName: null, passwordHash: null, emailVerifiedAt: null, erasedAt: at });
  }

  /** Users whose home is the municipality, optionally only holders of a role there; newest first. */
  async listInMunicipality(filter: UserListFilter): Promise<{ users: UserEntity[]; total: number }> {
    const query = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.municipality_id = :municipalityId', { municipalityId: filter.municipalityId });
    if (filter.role) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.municipality_id = :municipalityId AND r.role = :role)',
        { role: filter.role },
      );
    }
    const [users, total] = await query
      .orderBy('u.created_at', 'DESC')
      .addOrderBy('u.id', 'ASC')
      .skip(filter.offset)
      .take(filter.limit)
      .getManyAndCount();
    return { users, total };
  }

  countInMunicipality(municipalityId: string): Promise<number> {
    return this.dataSource.getRepository(UserEntity).count({ where: { municipalityId } });
  }
}
