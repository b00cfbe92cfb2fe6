import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { REGISTER_IMPORT_MAX_BYTES, type RegisterImportDto } from '@balss/contracts';
import { calendarDateInZone } from '@balss/eligibility';
import { type Actor, assertPermission, assertSameMunicipality } from '@balss/platform/auth';
import { RegisterAudit } from '../audit/register-audit';
import { readRegisterFile } from '../csv/register-file';
import type { RegisterImportEntity } from '../entities/register-import.entity';
import { RegisterImportRepository } from '../persistence/register-import.repository';
import { RegisterFileRejectedError, RegisterFileTooLargeError, RegisterImportNotFoundError } from '../register.errors';
import { toRegisterImportDto } from './register-import.mapper';
import { RegisterImportProducer } from './register-import.producer';
import { NeighbourhoodDirectory } from './neighbourhoods';

/** Staged pieces of the upload: large enough to be few rows, small enough to stream. */
export const CHUNK_BYTES = 1024 * 1024;
const LIST_LIMIT = 50;

/**
 * The api side of a register import. The body streams into `register_import_chunk` rows inside one
 * transaction while it arrives; the whole file is then validated before answering — a bad file is
 * refused at once with its line numbers (400) and recorded as a failed import with an audit entry,
 * its content discarded. A good one is committed as `queued` and handed to the worker, which
 * replaces the register (and reports progress, readable with `get`).
 */
@Injectable()
export class RegisterUploadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: RegisterImportRepository,
    private readonly neighbourhoods: NeighbourhoodDirectory,
    private readonly producer: RegisterImportProducer,
    private readonly audit: RegisterAudit,
  ) {}

  async upload(
    actor: Actor,
    body: AsyncIterable<Buffer | string>,
    fileName: string | null,
  ): Promise<RegisterImportDto> {
    assertPermission(actor, 'register:import');
    const { idBySlug } = await this.neighbourhoods.ofMunicipality(actor.municipalityId);
    const outcome = await this.dataSource.transaction(async (tx) => {
      const created = await this.imports.create(tx, {
        municipalityId: actor.municipalityId,
        fileName,
        createdBy: actor.userId,
      });
      const file = await this.stage(tx, created.id, body);
      const result = readRegisterFile(file, {
        neighbourhoodCodes: [...idBySlug.keys()],
        today: calendarDateInZone(new Date()),
      });
      if (!result.ok) {
        await this.imports.deleteFile(tx, created.id);
        await this.imports.update(tx, created.id, {
          status: 'failed',
          byteSize: file.length,
          errorCount: result.errorCount,
          errors: result.errors,
          finishedAt: new Date(),
        });
        await this.audit.record(tx, {
          outcome: 'failure',
          municipalityId: actor.municipalityId,
          actorUserId: actor.userId,
          importId: created.id,
          details: { errorCount: result.errorCount },
        });
        return { importId: created.id, rejected: { errorCount: result.errorCount, errors: result.errors } };
      }
      await this.imports.update(tx, created.id, { byteSize: file.length, rowCount: result.rows.length });
      return { importId: created.id, rejected: null };
    });
    if (outcome.rejected) {
      throw new RegisterFileRejectedError({ importId: outcome.importId, ...outcome.rejected });
    }
    await this.enqueue(actor, outcome.importId);
    return this.get(actor, outcome.importId);
  }

  async get(actor: Actor, importId: string): Promise<RegisterImportDto> {
    assertPermission(actor, 'register:read');
    const row = await this.imports.findById(importId);
    if (!row) {
      throw new RegisterImportNotFoundError();
    }
    assertSameMunicipality(actor, row.municipalityId, 'register import');
    return this.toDto(row);
  }

  async list(actor: Actor): Promise<RegisterImportDto[]> {
    assertPermission(actor, 'register:read');
    const rows = await this.imports.listForMunicipality(actor.municipalityId, LIST_LIMIT);
    return Promise.all(rows.map((row) => this.toDto(row)));
  }

  private async toDto(row: RegisterImportEntity): Promise<RegisterImportDto> {
    const running = row.status === 'queued' || row.status === 'importing';
    return toRegisterImportDto(row, running ? await this.producer.progressOf(row.id) : null);
  }

  /** Streams the body into chunk rows; returns the whole file for validation. */
  private async stage(tx: EntityManager, importId: string, body: AsyncIterable<Buffer | string>): Promise<Buffer> {
    const all: Buffer[] = [];
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let total = 0;
    let seq = 0;
    const flush = async () => {
      if (pendingBytes > 0) {
        await this.imports.appendChunk(tx, importId, seq++, Buffer.concat(pending));
        [pending, pendingBytes] = [[], 0];
      }
    };
    for await (const piece of body) {
      const buffer = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      total += buffer.length;
      if (total > REGISTER_IMPORT_MAX_BYTES) {
        throw new RegisterFileTooLargeError(REGISTER_IMPORT_MAX_BYTES);
      }
      all.push(buffer);
      pending.push(buffer);
      pendingBytes += buffer.length;
      if (pendingBytes >= CHUNK_BYTES) {
        await flush();
      }
    }
    await flush();
    return Buffer.concat(all);
  }

  /** Redis down: the import is marked failed (nothing changed) and the caller gets 503. */
  private async enqueue(actor: Actor, importId: string): Promise<void> {
    try {
      await this.producer.enqueue(importId);
    } catch (error) {
      await this.dataSource.transaction(async (tx) => {
        await this.imports.deleteFile(tx, importId);
        await this.imports.update(tx, importId, {
          status: 'failed',
          failureReason: 'The job queue was unavailable; upload the file again.',
          finishedAt: new Date(),
        });
        await this.audit.record(tx, {
          outcome: 'failure',
          municipalityId: actor.municipalityId,
          actorUserId: actor.userId,
          importId,
          details: { reason: 'QUEUE_UNAVAILABLE' },
        });
      });
      throw error;
    }
  }
}
