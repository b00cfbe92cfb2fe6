import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { JobStatus, RegisterImportProgressDto } from '@balss/contracts';
import { PersonalCodeHasher } from '@balss/domains/eid';
import { calendarDateInZone, formatIsoDate, type RegisterRow } from '@balss/eligibility';
import { RegisterAudit } from '../audit/register-audit';
import { readRegisterFile } from '../csv/register-file';
import {
  INSERT_BATCH_ROWS,
  type NewRegisterEntry,
  RegisterEntryRepository,
} from '../persistence/register-entry.repository';
import { RegisterImportRepository } from '../persistence/register-import.repository';
import { NeighbourhoodDirectory } from './neighbourhoods';

export type ProgressReporter = (progress: RegisterImportProgressDto) => Promise<void>;

export interface RunOptions {
  reportProgress?: ProgressReporter;
  /** On the last attempt a failure marks the import failed instead of leaving it for a retry. */
  finalAttempt?: boolean;
  now?: Date;
}

/**
 * Replaces a municipality's voter register with a staged file, all or nothing: validation, then
 * one transaction that deletes the old rows, inserts the new ones in batches, marks the import
 * completed, drops the staged file and writes the audit entry. Any failure rolls all of it back, so
 * the previous register stays in force. Idempotent by import id: a finished import is skipped.
 */
@Injectable()
export class RegisterImportRunner {
  private readonly logger = new Logger(RegisterImportRunner.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: RegisterImportRepository,
    private readonly entries: RegisterEntryRepository,
    private readonly neighbourhoods: NeighbourhoodDirectory,
    private readonly hasher: PersonalCodeHasher,
    private readonly audit: RegisterAudit,
  ) {}

  async run(importId: string, options: RunOptions = {}): Promise<JobStatus> {
    const report = options.reportProgress ?? (async () => undefined);
    const now = options.now ?? new Date();
    const started = await this.imports.findById(importId);
    if (!started || started.status === 'completed' || started.status === 'failed') {
      return 'skipped';
    }
    await this.imports.update(null, importId, { status: 'importing', startedAt: now });
    await report({ phase: 'validating', processedRows: 0, totalRows: 0, percent: 0 });
    try {
      return await this.dataSource.transaction((tx) => this.replaceRegister(tx, importId, report, now));
    } catch (error) {
      if (options.finalAttempt) {
        await this.fail(importId, 'The import could not be written; the previous register stays in force.', now);
      }
      throw error;
    }
  }

  private async replaceRegister(
    tx: EntityManager,
    importId: string,
    report: ProgressReporter,
    now: Date,
  ): Promise<JobStatus> {
    const current = await this.imports.findByIdForUpdate(tx, importId);
    if (!current || current.status !== 'importing') {
      return 'skipped';
    }
    const { municipalityId } = current;
    const { idBySlug } = await this.neighbourhoods.ofMunicipality(municipalityId);
    const file = await this.imports.readFile(tx, importId);
    const result = readRegisterFile(file, { neighbourhoodCodes: [...idBySlug.keys()], today: calendarDateInZone(now) });
    if (!result.ok) {
      // Checked at upload too; only a neighbourhood removed in between can land here.
      await this.imports.update(tx, importId, {
        status: 'failed',
        errorCount: result.errorCount,
        errors: result.errors,
        finishedAt: new Date(),
      });
      await this.imports.deleteFile(tx, importId);
      await this.audit.record(tx, {
        outcome: 'failure',
        municipalityId,
        actorUserId: current.createdBy,
        importId,
        details: { errorCount: result.errorCount },
      });
      return 'failed';
    }
    const rows = result.rows.map((row) => this.toEntry(row, idBySlug));
    await this.entries.lockMunicipality(tx, municipalityId);
    const replacedRows = await this.entries.deleteMunicipality(tx, municipalityId);
    for (let offset = 0; offset < rows.length; offset += INSERT_BATCH_ROWS) {
      await this.entries.insertBatch(tx, municipalityId, importId, rows.slice(offset, offset + INSERT_BATCH_ROWS));
      const processedRows = Math.min(offset + INSERT_BATCH_ROWS, rows.length);
      await report({
        phase: 'writing',
        processedRows,
        totalRows: rows.length,
        percent: Math.floor((processedRows / rows.length) * 99),
      });
    }
    await this.imports.update(tx, importId, {
      status: 'completed',
      rowCount: rows.length,
      replacedRows,
      finishedAt: new Date(),
    });
    await this.imports.deleteFile(tx, importId);
    await this.audit.record(tx, {
      outcome: 'success',
      municipalityId,
      actorUserId: current.createdBy,
      importId,
      details: { rows: rows.length, replacedRows, byteSize: current.byteSize },
    });
    await report({ phase: 'done', processedRows: rows.length, totalRows: rows.length, percent: 100 });
    this.logger.log({ importId, rows: rows.length, replacedRows }, 'voter register replaced');
    return 'done';
  }

  private toEntry(row: RegisterRow, idBySlug: ReadonlyMap<string, string>): NewRegisterEntry {
    const neighbourhoodId = idBySlug.get(row.neighbourhood);
    if (neighbourhoodId === undefined) {
      throw new Error(`validated row ${row.line} names unknown neighbourhood`);
    }
    return {
      personalCodeHash: this.hasher.hash(row.personalCode),
      birthDate: row.birthDate ? formatIsoDate(row.birthDate) : null,
      neighbourhoodId,
      declaredFrom: formatIsoDate(row.declaredFrom),
      declaredTo: row.declaredTo ? formatIsoDate(row.declaredTo) : null,
    };
  }

  private async fail(importId: string, reason: string, now: Date): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const current = await this.imports.findByIdForUpdate(tx, importId);
      if (!current || current.status === 'completed' || current.status === 'failed') {
        return;
      }
      await this.imports.update(tx, importId, { status: 'failed', failureReason: reason, finishedAt: now });
      await this.imports.deleteFile(tx, importId);
      await this.audit.record(tx, {
        outcome: 'failure',
        municipalityId: current.municipalityId,
        actorUserId: current.createdBy,
        importId,
        details: { reason: 'WRITE_FAILED' },
      });
    });
  }
}
