import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThan, Not } from 'typeorm';
import type { Tx } from '@balss/domains/identity';
import { YouthCodeBatchEntity } from '../entities/youth-code-batch.entity';
import { YouthCodeEntity } from '../entities/youth-code.entity';

export type NewBatch = Pick<YouthCodeBatchEntity, 'municipalityId' | 'issuerName' | 'size' | 'expiresOn' | 'createdBy'>;

export interface BatchWithCounts {
  batch: YouthCodeBatchEntity;
  redeemedCount: number;
}

/** A code as redemption needs it: the locked code row and the facts of its batch. */
export interface CodeForRedemption {
  codeId: string;
  batchId: string;
  municipalityId: string;
  expiresOn: string;
  revokedAt: Date | null;
  redeemedAt: Date | null;
}

/** The only place that queries `youth_code_batch` and `youth_code`. */
@Injectable()
export class CodeBatchRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Tx, batch: NewBatch, codeHashes: readonly Buffer[]): Promise<YouthCodeBatchEntity> {
    const batches = tx.getRepository(YouthCodeBatchEntity);
    const saved = await batches.save(batches.create({ ...batch, revokedAt: null, revokedBy: null, sheetSealed: null, sheetExpiresAt: null }));
    await tx.getRepository(YouthCodeEntity).insert(codeHashes.map((codeHash) => ({ batchId: saved.id, codeHash })));
    return saved;
  }

  async findWithCounts(id: string, tx: Tx = this.dataSource.manager): Promise<BatchWithCounts | null> {
    const batch = await tx.getRepository(YouthCodeBatchEntity).findOne({ where: { id } });
    return batch ? { batch, redeemedCount: await this.redeemedCount(id, tx) } : null;
  }

  /** Locks the batch row: revoke, re-issue and sheet erasure serialise on it. */
  lock(tx: Tx, id: string): Promise<YouthCodeBatchEntity | null> {
    return tx.getRepository(YouthCodeBatchEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async listWithCounts(municipalityId: string): Promise<BatchWithCounts[]> {
    const batches = await this.dataSource.getRepository(YouthCodeBatchEntity).find({
      where: { municipalityId },
      order: { createdAt: 'DESC' },
    });
    if (batches.length === 0) {
      return [];
    }
    const rows: Array<{ batch_id: string; n: string }> = await this.dataSource.query(
      `SELECT batch_id, count(*) AS n FROM youth_code WHERE batch_id = ANY($1) AND redeemed_at IS NOT NULL GROUP BY batch_id`,
      [batches.map((b) => b.id)],
    );
    const counts = new Map(rows.map((r) => [r.batch_id, Number(r.n)]));
    return batches.map((batch) => ({ batch, redeemedCount: counts.get(batch.id) ?? 0 }));
  }

  async setSheet(tx: Tx, id: string, sealed: Buffer, expiresAt: Date): Promise<void> {
    await tx.getRepository(YouthCodeBatchEntity).update({ id }, { sheetSealed: sealed, sheetExpiresAt: expiresAt });
  }

  /** Erases sheets past their time (all batches, so a forgotten one does not linger). */
  async eraseExpiredSheets(now: Date, tx: Tx = this.dataSource.manager): Promise<number> {
    const result = await tx
      .getRepository(YouthCodeBatchEntity)
      .update({ sheetExpiresAt: LessThan(now) }, { sheetSealed: null, sheetExpiresAt: null });
    return result.affected ?? 0;
  }

  async eraseSheet(tx: Tx, id: string): Promise<void> {
    await tx.getRepository(YouthCodeBatchEntity).update({ id }, { sheetSealed: null, sheetExpiresAt: null });
  }

  async revoke(tx: Tx, id: string, by: string, at: Date): Promise<void> {
    await tx
      .getRepository(YouthCodeBatchEntity)
      .update({ id }, { revokedAt: at, revokedBy: by, sheetSealed: null, sheetExpiresAt: null });
  }

  /** Ids of the batch's codes nobody has redeemed yet. */
  async unusedCodeIds(tx: Tx, batchId: string): Promise<string[]> {
    const rows = await tx
      .getRepository(YouthCodeEntity)
      .find({ select: { id: true }, where: { batchId, redeemedAt: IsNull() }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    return rows.map((row) => row.id);
  }

  /** Re-issue: new hashes for the given (unused, locked) codes; the old codes stop working. */
  async replaceHashes(tx: Tx, replacements: ReadonlyArray<{ id: string; codeHash: Buffer }>): Promise<void> {
    const codes = tx.getRepository(YouthCodeEntity);
    for (const { id, codeHash } of replacements) {
      await codes.update({ id, redeemedAt: IsNull() }, { codeHash });
    }
  }

  /**
   * The code with this hash, its row locked until the transaction ends. A second redemption of the
   * same code waits here and then sees `redeemedAt` set by the first (READ COMMITTED re-reads a row
   * locked FOR UPDATE once the other transaction commits).
   */
  async lockCodeByHash(tx: Tx, codeHash: Buffer): Promise<CodeForRedemption | null> {
    const rows: Array<{
      code_id: string;
      batch_id: string;
      municipality_id: string;
      expires_on: string;
      revoked_at: Date | null;
      redeemed_at: Date | null;
    }> = await tx.query(
      `SELECT c.id AS code_id, c.batch_id, b.municipality_id, to_char(b.expires_on, 'YYYY-MM-DD') AS expires_on,
              b.revoked_at, c.redeemed_at
         FROM youth_code c JOIN youth_code_batch b ON b.id = c.batch_id
        WHERE c.code_hash = $1
          FOR UPDATE OF c`,
      [codeHash],
    );
    const row = rows[0];
    return row
      ? {
          codeId: row.code_id,
          batchId: row.batch_id,
          municipalityId: row.municipality_id,
          expiresOn: row.expires_on,
          revokedAt: row.revoked_at,
          redeemedAt: row.redeemed_at,
        }
      : null;
  }

  /** Sets `redeemed_at` only if still unset; false means someone else got there first. */
  async markRedeemed(tx: Tx, codeId: string, userId: string, at: Date): Promise<boolean> {
    const result = await tx
      .getRepository(YouthCodeEntity)
      .update({ id: codeId, redeemedAt: IsNull() }, { redeemedAt: at, redeemedBy: userId });
    return (result.affected ?? 0) === 1;
  }

  private redeemedCount(batchId: string, tx: Tx): Promise<number> {
    return tx.getRepository(YouthCodeEntity).count({ where: { batchId, redeemedAt: Not(IsNull()) } });
  }
}
