import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { OneTimeTokenEntity } from '../entities/one-time-token.entity';
import type { Tx } from './transactions';

/** The only place that queries `one_time_token`. */
@Injectable()
export class OneTimeTokenRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Tx, row: Pick<OneTimeTokenEntity, 'userId' | 'purpose' | 'tokenHash' | 'expiresAt'>): Promise<OneTimeTokenEntity> {
    const tokens = tx.getRepository(OneTimeTokenEntity);
    return tokens.save(tokens.create({ ...row, usedAt: null }));
  }

  /**
   * Marks the token used and returns it — only if it exists, has this purpose, is unused and not
   * expired. One statement, so two concurrent uses cannot both succeed.
   */
  async consume(tx: Tx, tokenHash: Buffer, purpose: string, now: Date): Promise<OneTimeTokenEntity | null> {
    const rows = (await tx.query(
      `UPDATE one_time_token SET used_at = $3
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
        RETURNING id, user_id AS "userId", purpose`,
      [tokenHash, purpose, now],
    )) as [Array<Pick<OneTimeTokenEntity, 'id' | 'userId' | 'purpose'>>, number];
    const row = rows[0][0];
    return row ? Object.assign(new OneTimeTokenEntity(), row) : null;
  }

  /** Why a token did not work: unknown, already used, or expired (for a precise 4xx message). */
  findByHash(tokenHash: Buffer, purpose: string): Promise<OneTimeTokenEntity | null> {
    return this.dataSource.getRepository(OneTimeTokenEntity).findOne({ where: { tokenHash, purpose } });
  }

  /** A new link makes the earlier unused ones of the same purpose worthless. */
  async invalidateOpen(tx: Tx, userId: string, purpose: string, now: Date): Promise<void> {
    await tx.getRepository(OneTimeTokenEntity).update({ userId, purpose, usedAt: IsNull() }, { usedAt: now });
  }

  async deleteAllOfUser(tx: Tx, userId: string): Promise<void> {
    await tx.getRepository(OneTimeTokenEntity).delete({ userId });
  }
}
