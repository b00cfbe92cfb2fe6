import { Injectable } from '@nestjs/common';
import type { Locale } from '@balss/contracts';
import { checkPassword } from '../crypto/password-policy';
import { PasswordHasher } from '../crypto/password-hasher';
import type { UserEntity } from '../entities/user.entity';
import { UserRepository } from '../persistence/user.repository';
import type { Tx } from '../persistence/transactions';

export interface NewAccount {
  municipalityId: string;
  email?: string | null;
  displayName: string;
  locale: Locale;
  /** Plain text; checked against the password policy and hashed. Omit for e-ID-only accounts. */
  password?: string;
  /** True when the address was proven another way (e-ID provider, a confirmed invitation). */
  emailVerified?: boolean;
}

/**
 * Creating accounts, for every way a person arrives: registration here, e-ID and youth codes in
 * their domains. Callers check access and pass their transaction, so the account commits together
 * with what created it (a redeemed code, a role, an audit entry).
 */
@Injectable()
export class UserService {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Throws WeakPasswordError (400) or EmailTakenError (409); stores nothing then. */
  async createAccount(tx: Tx, input: NewAccount, now = new Date()): Promise<UserEntity> {
    const email = input.email ? normaliseEmail(input.email) : null;
    const displayName = input.displayName.trim();
    let passwordHash: string | null = null;
    if (input.password !== undefined) {
      checkPassword(input.password, { email, displayName });
      passwordHash = await this.hasher.hash(input.password);
    }
    return this.users.insert(tx, {
      municipalityId: input.municipalityId,
      email,
      displayName,
      locale: input.locale,
      passwordHash,
      emailVerifiedAt: input.emailVerified && email ? now : null,
    });
  }

  findById(id: string, tx?: Tx): Promise<UserEntity | null> {
    return this.users.findById(id, tx);
  }

  findByEmail(email: string, tx?: Tx): Promise<UserEntity | null> {
    return this.users.findByEmail(normaliseEmail(email), tx);
  }
}

/** Addresses are compared case-insensitively in practice, so one spelling is stored. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
