import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan } from 'typeorm';
import { AccessTokenEntity } from '../entities/access-token.entity';
import type { Tx } from './transactions';

export type NewAccessToken = Pick<AccessTokenEntity, 'userId' | 'municipalityId' | 'name' | 'tokenHash' | 'hint' | 'expiresAt'>;

/** The only place that queries `access_token`. */
@Injectable()
export class AccessTokenRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(tx: Tx, token: NewAccessToken): Promise<AccessTokenEntity> {
    const tokens = tx.getRepository(AccessTokenEntity);
    return tokens.save(tokens.create({ ...token, lastUsedAt: null }));
  }

  findLive(tokenHash: Buffer, now: Date): Promise<AccessTokenEntity | null> {
    return this.dataSource.getRepository(AccessTokenEntity).findOne({ where: { tokenHash, expiresAt: MoreThan(now) } });
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.dataSource.getRepository(AccessTokenEntity).update({ id }, { lastUsedAt: at });
  }

  listOfUser(userId: string, tx: Tx = this.dataSource.manager): Promise<AccessTokenEntity[]> {
    return tx.getRepository(AccessTokenEntity).find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  countOfUser(userId: string): Promise<number> {
    return this.dataSource.getRepository(AccessTokenEntity).count({ where: { userId } });
  }

  async deleteOfUser(tx: Tx, userId: string, id: string): Promise<boolean> {
    return ((await tx.getRepository(AccessTokenEntity).delete({ id, userId })).affected ?? 0) > 0;
  }

  async deleteAllOfUser(tx: Tx, userId: string): Promise<number> {
    return (await tx.getRepository(AccessTokenEntity).delete({ userId })).affected ?? 0;
  }
}
