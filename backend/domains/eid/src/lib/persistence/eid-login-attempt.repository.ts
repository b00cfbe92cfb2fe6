import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, type Repository } from 'typeorm';
import { EidLoginAttemptEntity } from '../entities/eid-login-attempt.entity';

export type NewLoginAttempt = Pick<
  EidLoginAttemptEntity,
  'state' | 'municipalityId' | 'providerId' | 'browserBindingHash' | 'codeVerifier' | 'nonce' | 'returnTo' | 'expiresAt'
>;

/** The only place that queries `eid_login_attempt`. */
@Injectable()
export class EidLoginAttemptRepository {
  constructor(@InjectRepository(EidLoginAttemptEntity) private readonly attempts: Repository<EidLoginAttemptEntity>) {}

  async insert(attempt: NewLoginAttempt): Promise<void> {
    await this.attempts.insert(attempt);
  }

  findByState(state: string): Promise<EidLoginAttemptEntity | null> {
    return this.attempts.findOne({ where: { state } });
  }

  /**
   * Marks the attempt used, atomically: of two simultaneous callbacks with one state, exactly one
   * gets `true`. The others (and every later replay) get `false`.
   */
  async complete(id: string, now: Date): Promise<boolean> {
    const result = await this.attempts.update({ id, completedAt: IsNull() }, { completedAt: now });
    return (result.affected ?? 0) === 1;
  }

  /** Attempts expired for over an hour are of no use, not even to explain a refusal. */
  async deleteExpiredBefore(cutoff: Date): Promise<number> {
    const result = await this.attempts.delete({ expiresAt: LessThan(cutoff) });
    return result.affected ?? 0;
  }
}
