import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan } from 'typeorm';
import { SessionEntity } from '../entities/session.entity';
import type { Tx } from './transactions';

export type NewSession = Pick<
  SessionEntity,
  'tokenHash' | 'userId' | 'municipalityId' | 'authMethod' | 'lastSeenAt' | 'expiresAt' | 'ipPrefix' | 'userAgent'
>;

export type EndedSession = Pick<SessionEntity, 'id' | 'userId' | 'municipalityId'>;

/** The only place that queries `session`. */
@Injectable()
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(tx: Tx, session: NewSession): Promise<SessionEntity> {
    const sessions = tx.getRepository(SessionEntity);
    return sessions.save(sessions.create(session));
  }

  /** A live session by its token's hash: not past the absolute end, and seen within the idle window. */
  findLive(tokenHash: Buffer, now: Date, idleMs: number): Promise<SessionEntity | null> {
    return this.dataSource.getRepository(SessionEntity).findOne({
      where: { tokenHash, expiresAt: MoreThan(now), lastSeenAt: MoreThan(new Date(now.getTime() - idleMs)) },
    });
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).update({ id }, { lastSeenAt: at });
  }

  /** A user's live sessions, newest first (ended ones are not "signed in" anywhere). */
  listLiveOfUser(userId: string, now: Date, idleMs: number, tx: Tx = this.dataSource.manager): Promise<SessionEntity[]> {
    return tx.getRepository(SessionEntity).find({
      where: { userId, expiresAt: MoreThan(now), lastSeenAt: MoreThan(new Date(now.getTime() - idleMs)) },
      order: { createdAt: 'DESC' },
    });
  }

  /** Housekeeping at each sign-in: the user's sessions that ended by idling or by their absolute end. */
  async deleteEndedOfUser(tx: Tx, userId: string, now: Date, idleMs: number): Promise<void> {
    await tx
      .getRepository(SessionEntity)
      .createQueryBuilder()
      .delete()
      .where('user_id = :userId AND (expires_at <= :now OR last_seen_at <= :idleSince)', {
        userId,
        now,
        idleSince: new Date(now.getTime() - idleMs),
      })
      .execute();
  }

  async deleteByTokenHash(tokenHash: Buffer, tx: Tx = this.dataSource.manager): Promise<EndedSession | null> {
    // node-postgres answers DELETE … RETURNING with [rows, rowCount] through TypeORM's query().
    const [rows] = (await tx.query(
      `DELETE FROM session WHERE token_hash = $1 RETURNING id, user_id AS "userId", municipality_id AS "municipalityId"`,
      [tokenHash],
    )) as [EndedSession[], number];
    return rows[0] ?? null;
  }

  async deleteOfUser(tx: Tx, userId: string, id: string): Promise<boolean> {
    const result = await tx.getRepository(SessionEntity).delete({ id, userId });
    return (result.affected ?? 0) > 0;
  }

  /** Every session of a user, optionally keeping one (the caller's own after a password change). */
  async deleteAllOfUser(tx: Tx, userId: string, exceptId?: string): Promise<number> {
    const query = tx.getRepository(SessionEntity).createQueryBuilder().delete().where('user_id = :userId', { userId });
    if (exceptId) {
      query.andWhere('id <> :exceptId', { exceptId });
    }
    return (await query.execute()).affected ?? 0;
  }
}
