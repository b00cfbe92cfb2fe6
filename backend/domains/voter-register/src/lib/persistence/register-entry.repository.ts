import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { RegisterEntryEntity } from '../entities/register-entry.entity';

/** One row to store; dates as `YYYY-MM-DD`. */
export interface NewRegisterEntry {
  personalCodeHash: Buffer;
  birthDate: string | null;
  neighbourhoodId: string;
  declaredFrom: string;
  declaredTo: string | null;
}

/**
 * Rows per INSERT. Each batch is one statement of seven array parameters expanded by `unnest`, so
 * PostgreSQL parses and plans it once however many rows it carries (a multi-row VALUES list would hit
 * the 65,535-parameter limit at ~9,000 rows and be re-planned per batch size). 5,000 rows keep each
 * statement well under a megabyte and give progress a useful granularity.
 */
export const INSERT_BATCH_ROWS = 5_000;

/** The only place that queries `register_entry`. */
@Injectable()
export class RegisterEntryRepository {
  constructor(@InjectRepository(RegisterEntryEntity) private readonly entries: Repository<RegisterEntryEntity>) {}

  findForPerson(municipalityId: string, personalCodeHash: Buffer): Promise<RegisterEntryEntity | null> {
    return this.entries.findOne({ where: { municipalityId, personalCodeHash } });
  }

  countInMunicipality(municipalityId: string, tx?: EntityManager): Promise<number> {
    return (tx ? tx.getRepository(RegisterEntryEntity) : this.entries).count({ where: { municipalityId } });
  }

  /**
   * Serialises register writes of one municipality until the transaction ends, so two imports
   * never interleave their delete and insert.
   */
  async lockMunicipality(tx: EntityManager, municipalityId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('register_entry:' || $1, 0))`, [municipalityId]);
  }

  async deleteMunicipality(tx: EntityManager, municipalityId: string): Promise<number> {
    const result = await tx.getRepository(RegisterEntryEntity).delete({ municipalityId });
    return result.affected ?? 0;
  }

  /** Inserts one batch (call with at most INSERT_BATCH_ROWS rows). */
  async insertBatch(
    tx: EntityManager,
    municipalityId: string,
    importId: string,
    rows: readonly NewRegisterEntry[],
  ): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    await tx.query(
      `INSERT INTO register_entry
         (municipality_id, import_id, personal_code_hash, birth_date, neighbourhood_id, declared_from, declared_to)
       SELECT $1::uuid, $2::uuid, t.hash, t.birth_date, t.neighbourhood_id, t.declared_from, t.declared_to
         FROM unnest($3::bytea[], $4::date[], $5::uuid[], $6::date[], $7::date[])
           AS t(hash, birth_date, neighbourhood_id, declared_from, declared_to)`,
      [
        municipalityId,
        importId,
        rows.map((r) => r.personalCodeHash),
        rows.map((r) => r.birthDate),
        rows.map((r) => r.neighbourhoodId),
        rows.map((r) => r.declaredFrom),
        rows.map((r) => r.declaredTo),
      ],
    );
  }
}
