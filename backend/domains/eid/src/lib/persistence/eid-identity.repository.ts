import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { EidIdentityEntity } from '../entities/eid-identity.entity';

/** The only place that queries `eid_identity`. */
@Injectable()
export class EidIdentityRepository {
  constructor(@InjectRepository(EidIdentityEntity) private readonly links: Repository<EidIdentityEntity>) {}

  /**
   * Serialises sign-ins of one person for the rest of the transaction (a transaction-scoped advisory
   * lock on the hash), then reads the link: two simultaneous first sign-ins cannot both create an
   * account — the second waits, then finds the first one's link.
   */
  async lockAndFindByHash(tx: EntityManager, personalCodeHash: Buffer): Promise<EidIdentityEntity | null> {
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [personalCodeHash.readBigInt64BE(0).toString()]);
    return tx.getRepository(EidIdentityEntity).findOne({ where: { personalCodeHash } });
  }

  findByUserId(userId: string, tx?: EntityManager): Promise<EidIdentityEntity | null> {
    return (tx ? tx.getRepository(EidIdentityEntity) : this.links).findOne({ where: { userId } });
  }

  async insert(
    tx: EntityManager,
    link: { userId: string; personalCodeHash: Buffer; lastSignInAt: Date },
  ): Promise<void> {
    await tx.getRepository(EidIdentityEntity).insert(link);
  }

  async touch(tx: EntityManager, userId: string, at: Date): Promise<void> {
    await tx.getRepository(EidIdentityEntity).update({ userId }, { lastSignInAt: at });
  }

  async deleteByUserId(tx: EntityManager, userId: string): Promise<void> {
    await tx.getRepository(EidIdentityEntity).delete({ userId });
  }
}
