import type { RegisterImportEntity } from '../entities/register-import.entity';
import { toRegisterImportDto } from './register-import.mapper';

const row = (overrides: Partial<RegisterImportEntity>): RegisterImportEntity =>
  ({
    id: 'i1',
    municipalityId: 'm1',
    status: 'queued',
    fileName: 'r.csv',
    byteSize: 10,
    rowCount: 100,
    replacedRows: null,
    errorCount: 0,
    errors: [],
    failureReason: null,
    createdBy: 'u1',
    createdAt: new Date('2026-11-22T10:00:00Z'),
    startedAt: null,
    finishedAt: null,
    ...overrides,
  }) as RegisterImportEntity;

describe('toRegisterImportDto', () => {
  it("shows the running job's progress", () => {
    const progress = { phase: 'writing', processedRows: 50, totalRows: 100, percent: 49 };
    expect(toRegisterImportDto(row({ status: 'importing' }), progress).progress).toEqual(progress);
  });

  it('shows a completed import as done whatever the queue says', () => {
    expect(toRegisterImportDto(row({ status: 'completed' }), null).progress).toEqual({
      phase: 'done',
      processedRows: 100,
      totalRows: 100,
      percent: 100,
    });
  });

  it('shows a queued import without a job report as queued, and ignores malformed progress', () => {
    expect(toRegisterImportDto(row({}), 42).progress).toMatchObject({ phase: 'queued', percent: 0 });
  });
});
