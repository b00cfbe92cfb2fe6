import type { RegisterImportDto, RegisterImportProgressDto } from '@balss/contracts';
import type { RegisterImportEntity } from '../entities/register-import.entity';

/** The import as the API shows it; `jobProgress` is the BullMQ job's progress while it runs. */
export function toRegisterImportDto(row: RegisterImportEntity, jobProgress: unknown): RegisterImportDto {
  return {
    id: row.id,
    status: row.status,
    fileName: row.fileName,
    byteSize: row.byteSize,
    rowCount: row.rowCount,
    replacedRows: row.replacedRows,
    progress: progressOf(row, jobProgress),
    errorCount: row.errorCount,
    errors: row.errors,
    failureReason: row.failureReason,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

function progressOf(row: RegisterImportEntity, jobProgress: unknown): RegisterImportProgressDto {
  const total = row.rowCount ?? 0;
  if (row.status === 'completed') {
    return { phase: 'done', processedRows: total, totalRows: total, percent: 100 };
  }
  if (row.status !== 'failed' && isProgress(jobProgress)) {
    return jobProgress;
  }
  return { phase: row.status === 'failed' ? 'done' : 'queued', processedRows: 0, totalRows: total, percent: 0 };
}

function isProgress(value: unknown): value is RegisterImportProgressDto {
  const candidate = value as Partial<RegisterImportProgressDto> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.phase === 'string' &&
    typeof candidate.percent === 'number'
  );
}
