import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { RegisterImportErrorDto } from '@balss/contracts';
import { RegisterImportChunkEntity } from '../entities/register-import-chunk.entity';
import { RegisterImportEntity } from '../entities/register-import.entity';

/** The only place that queries `register_import` and `register_import_chunk`. */
@Injectable()
export class RegisterImportRepository {
  constructor(@InjectRepository(RegisterImportEntity) private readonly imports: Repository<RegisterImportEntity>) {}

  async create(
    tx: EntityManager,
    row: { municipalityId: string; fileName: string | null; createdBy: string | null },
  ): Promise<RegisterImportEntity> {
    const imports = tx.getRepository(RegisterImportEntity);
    return imports.save(imports.create({ ...row, status: 'queued', byteSize: 0 }));
  }

  async appendChunk(tx: EntityManager, importId: string, seq: number, data: Buffer): Promise<void> {
    await tx.getRepository(RegisterImportChunkEntity).insert({ importId, seq, data });
  }

  /** The staged file, in order. */
  async readFile(tx: EntityManager, importId: string): Promise<Buffer> {
    const chunks = await tx
      .getRepository(RegisterImportChunkEntity)
      .find({ where: { importId }, order: { seq: 'ASC' } });
    return Buffer.concat(chunks.map((chunk) => chunk.data));
  }

  async deleteFile(tx: EntityManager, importId: string): Promise<void> {
    await tx.getRepository(RegisterImportChunkEntity).delete({ importId });
  }

  findById(id: string, tx?: EntityManager): Promise<RegisterImportEntity | null> {
    return (tx ? tx.getRepository(RegisterImportEntity) : this.imports).findOne({ where: { id } });
  }

  /** Row lock: one worker at a time finishes an import (a duplicated job waits, then sees it done). */
  findByIdForUpdate(tx: EntityManager, id: string): Promise<RegisterImportEntity | null> {
    return tx.getRepository(RegisterImportEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  listForMunicipality(municipalityId: string, limit: number): Promise<RegisterImportEntity[]> {
    return this.imports.find({ where: { municipalityId }, order: { createdAt: 'DESC', id: 'ASC' }, take: limit });
  }

  async update(
    tx: EntityManager | null,
    id: string,
    changes: Partial<
      Pick<
        RegisterImportEntity,
        | 'status'
        | 'byteSize'
        | 'rowCount'
        | 'replacedRows'
        | 'errorCount'
        | 'failureReason'
        | 'startedAt'
        | 'finishedAt'
      >
    > & {
      errors?: RegisterImportErrorDto[];
    },
  ): Promise<void> {
    const repository = tx ? tx.getRepository(RegisterImportEntity) : this.imports;
    await repository.update({ id }, changes);
  }
}
