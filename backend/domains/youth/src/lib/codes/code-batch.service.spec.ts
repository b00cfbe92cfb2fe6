import { permissionsOf, type Role } from '@balss/contracts';
import type { AuditService, Transactions, Tx } from '@balss/domains/identity';
import type { MunicipalityService } from '@balss/domains/municipality';
import { calendarDate, YOUTH_LAW_BOUNDS } from '@balss/eligibility';
import type { Actor } from '@balss/platform/auth';
import type { AppConfig } from '@balss/platform/config';
import { YouthCodeBatchEntity } from '../entities/youth-code-batch.entity';
import type { CodeBatchRepository } from '../persistence/code-batch.repository';
import type { YouthAgePolicy } from '../youth-age-policy';
import type { YouthClock } from '../youth-clock';
import { CodeBatchService } from './code-batch.service';
import { sealSheet } from './sheet-crypto';

const tx = {} as Tx;
const NOW = new Date('2026-11-22T10:00:00Z');
const actor = (roles: Role[], municipalityId = 'm1'): Actor => ({
  userId: 'admin-1',
  municipalityId,
  roles,
  permissions: permissionsOf(roles),
  isPlatformAdmin: false,
  via: { kind: 'session', sessionId: 's', method: 'password', authenticatedAt: NOW },
});
const batch = (over: Partial<YouthCodeBatchEntity> = {}): YouthCodeBatchEntity =>
  Object.assign(new YouthCodeBatchEntity(), {
    id: 'b1',
    municipalityId: 'm1',
    issuerName: 'Skola',
    size: 3,
    expiresOn: '2027-06-30',
    createdBy: 'admin-1',
    createdAt: NOW,
    revokedAt: null,
    revokedBy: null,
    sheetSealed: null,
    sheetExpiresAt: null,
    ...over,
  });

describe('CodeBatchService', () => {
  let batches: jest.Mocked<Pick<CodeBatchRepository, 'insert' | 'findWithCounts' | 'setSheet' | 'lock' | 'revoke' | 'unusedCodeIds' | 'replaceHashes'>>;
  let audit: jest.Mocked<Pick<AuditService, 'record'>>;
  let sut: CodeBatchService;

  beforeEach(() => {
    batches = {
      insert: jest.fn(),
      findWithCounts: jest.fn(),
      setSheet: jest.fn(),
      lock: jest.fn(),
      revoke: jest.fn(),
      unusedCodeIds: jest.fn(),
      replaceHashes: jest.fn(),
    };
    batches.insert.mockImplementation(async (_tx, row) => batch({ ...row, id: 'b1' }));
    const municipalities: jest.Mocked<Pick<MunicipalityService, 'getSummaryById'>> = {
      getSummaryById: jest.fn(async (id: string) => ({ id, slug: 'daugavpils', name: { lv: 'Daugavpils', ru: 'Даугавпилс', en: 'Daugavpils' } })),
    };
    const transactions: jest.Mocked<Pick<Transactions, 'run'>> = { run: jest.fn((work) => work(tx)) as jest.Mocked<Transactions>['run'] };
    audit = { record: jest.fn() };
    const agePolicy: jest.Mocked<Pick<YouthAgePolicy, 'boundsFor'>> = { boundsFor: jest.fn().mockResolvedValue(YOUTH_LAW_BOUNDS) };
    const clock: jest.Mocked<Pick<YouthClock, 'now' | 'today'>> = { now: jest.fn(() => NOW), today: jest.fn(() => calendarDate(2026, 11, 22)) };
    sut = new CodeBatchService(
      batches as unknown as CodeBatchRepository,
      municipalities as unknown as MunicipalityService,
      transactions as unknown as Transactions,
      audit as unknown as AuditService,
      agePolicy as unknown as YouthAgePolicy,
      clock as unknown as YouthClock,
      { publicUrl: 'https://balss.example' } as AppConfig,
    );
  });

  it('creates a batch in the caller’s municipality, stores hashes only, returns the codes and a sheet key once', async () => {
    const issued = await sut.create(actor(['admin']), { issuerName: ' Skola ', size: 3, expiresOn: '2027-06-30' });
    const [, row, hashes] = batches.insert.mock.calls[0];
    expect(row).toEqual({ municipalityId: 'm1', issuerName: 'Skola', size: 3, expiresOn: '2027-06-30', createdBy: 'admin-1' });
    expect(hashes).toHaveLength(3);
    expect(hashes.every((h) => Buffer.isBuffer(h) && h.length === 32)).toBe(true);
    expect(issued.codes).toHaveLength(3);
    expect(issued.sheetKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(issued.sheetUrl).toBe('/api/youth/code-batches/b1/sheet');
    expect(issued.batch).toMatchObject({ status: 'active', municipality: 'daugavpils', redeemedCount: 0, sheetAvailableUntil: '2026-11-23T10:00:00.000Z' });
    expect(batches.setSheet).toHaveBeenCalledWith(tx, 'b1', expect.any(Buffer), new Date('2026-11-23T10:00:00Z'));
    expect(audit.record).toHaveBeenCalledWith(tx, {
      action: 'youth-code-batch.created',
      municipalityId: 'm1',
      actorUserId: 'admin-1',
      target: { type: 'youth-code-batch', id: 'b1' },
      details: { size: 3, expiresOn: '2027-06-30' },
    });
  });

  it('refuses a resident (403) and an expiry in the past (400) before writing', async () => {
    await expect(sut.create(actor(['resident']), { issuerName: 'S', size: 1, expiresOn: '2027-01-01' })).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(sut.create(actor(['admin']), { issuerName: 'S', size: 1, expiresOn: '2026-11-21' })).rejects.toMatchObject({ kind: 'validation' });
    expect(batches.insert).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
  });

  it('hides another municipality’s batch behind the same 404 as a missing one', async () => {
    batches.findWithCounts.mockResolvedValue({ batch: batch({ municipalityId: 'm2' }), redeemedCount: 0 });
    await expect(sut.get(actor(['admin']), 'b1')).rejects.toMatchObject({ kind: 'not-found' });
    batches.findWithCounts.mockResolvedValue(null);
    await expect(sut.get(actor(['admin']), 'b1')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('renders the sheet with the right key only, and only within its time', async () => {
    const { key, sealed } = sealSheet('b1', ['ABCD-EFGH-JK']);
    const open = batch({ sheetSealed: sealed, sheetExpiresAt: new Date('2026-11-22T12:00:00Z') });
    batches.findWithCounts.mockResolvedValue({ batch: open, redeemedCount: 0 });
    await expect(sut.sheet(actor(['admin']), 'b1', key)).resolves.toContain('ABCD-EFGH-JK');
    await expect(sut.sheet(actor(['admin']), 'b1', sealSheet('b1', []).key)).rejects.toMatchObject({ details: { reason: 'SHEET_KEY_INVALID' } });
    await expect(sut.sheet(actor(['admin']), 'b1', undefined)).rejects.toMatchObject({ kind: 'validation' });
    batches.findWithCounts.mockResolvedValue({ batch: batch({ sheetSealed: sealed, sheetExpiresAt: new Date('2026-11-22T09:00:00Z') }), redeemedCount: 0 });
    await expect(sut.sheet(actor(['admin']), 'b1', key)).rejects.toMatchObject({ details: { reason: 'SHEET_NO_LONGER_AVAILABLE' } });
  });

  it('re-issues new codes for the unused slots only, with a new sheet', async () => {
    batches.findWithCounts.mockResolvedValue({ batch: batch(), redeemedCount: 1 });
    batches.lock.mockResolvedValue(batch());
    batches.unusedCodeIds.mockResolvedValue(['c2', 'c3']);
    const issued = await sut.reissue(actor(['admin']), 'b1');
    expect(issued.codes).toHaveLength(2);
    expect(batches.replaceHashes).toHaveBeenCalledWith(tx, [
      { id: 'c2', codeHash: expect.any(Buffer) },
      { id: 'c3', codeHash: expect.any(Buffer) },
    ]);
    expect(batches.setSheet).toHaveBeenCalled();
    expect(audit.record).toHaveBeenCalledWith(tx, expect.objectContaining({ action: 'youth-code-batch.reissued', details: { reissuedCount: 2 } }));
  });

  it('refuses to re-issue a revoked batch', async () => {
    batches.findWithCounts.mockResolvedValue({ batch: batch({ revokedAt: NOW }), redeemedCount: 0 });
    await expect(sut.reissue(actor(['admin']), 'b1')).rejects.toMatchObject({ details: { reason: 'BATCH_NOT_ACTIVE', status: 'revoked' } });
    expect(audit.record).not.toHaveBeenCalled();
  });

  it('revokes once (idempotent), audited once, and shows the batch revoked', async () => {
    batches.lock.mockResolvedValueOnce(batch()).mockResolvedValueOnce(batch({ revokedAt: NOW }));
    batches.findWithCounts.mockResolvedValue({ batch: batch({ revokedAt: NOW }), redeemedCount: 0 });
    await expect(sut.revoke(actor(['admin']), 'b1')).resolves.toMatchObject({ status: 'revoked' });
    await sut.revoke(actor(['admin']), 'b1');
    expect(batches.revoke).toHaveBeenCalledTimes(1);
    expect(audit.record).toHaveBeenCalledTimes(1);
    expect(audit.record).toHaveBeenCalledWith(tx, expect.objectContaining({ action: 'youth-code-batch.revoked', target: { type: 'youth-code-batch', id: 'b1' } }));
  });
});
